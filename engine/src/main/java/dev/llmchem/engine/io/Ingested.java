package dev.llmchem.engine.io;

import dev.llmchem.engine.history.History;

/** The outcome of reading a history file: the rows and the account of every line. */
public record Ingested(History history, IngestReport report) { }
