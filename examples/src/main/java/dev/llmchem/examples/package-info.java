/**
 * Programs that embed the engine the way an application does, depending on the engine jar
 * alone. {@link dev.llmchem.examples.EmbedEngine} is the README's library example; the build
 * runs it (its test) and checks that the README shows its text.
 */
package dev.llmchem.examples;
