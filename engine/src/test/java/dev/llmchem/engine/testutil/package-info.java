/** Test helpers shared by the engine's tests: locating ../shared goldens, seeds. */
package dev.llmchem.engine.testutil;
