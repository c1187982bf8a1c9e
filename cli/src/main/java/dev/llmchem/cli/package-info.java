/**
 * The {@code ./chem} command line: picocli commands that parse, call the engine and format.
 * The evaluation commands ({@code eval}, {@code maps}) format the engine's
 * {@code dev.llmchem.engine.eval} results; the PNG rendering of maps (plain headless Java2D,
 * {@code MapPainter}) lives here so that the engine needs no desktop module.
 */
package dev.llmchem.cli;
