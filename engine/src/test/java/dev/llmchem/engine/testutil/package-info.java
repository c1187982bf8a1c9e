/** Test helpers shared by the engine's tests: locating the committed reference data (Reference), seeds. */
package dev.llmchem.engine.testutil;
