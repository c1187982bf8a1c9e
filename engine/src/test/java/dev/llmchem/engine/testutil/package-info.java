/** Test helpers shared by the engine's tests: locating the committed reference data (Reference), seeds,
 * a counting listener that cancels after a number of polls (Stopper). */
package dev.llmchem.engine.testutil;
