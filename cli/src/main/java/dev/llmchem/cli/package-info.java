/** The {@code ./chem} command line: picocli commands that parse, call the engine and format. */
package dev.llmchem.cli;
