package dev.llmchem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's AOT training run: its commands are valid and succeed on the repository's own
 * data (a renamed option would otherwise leave every user without a cache, silently), and a
 * root without the data says so instead of training on nothing.
 */
class AotTrainingTest {

  @Test
  void everyTrainingCommandSucceedsOnTheRepositoryData() {
    Path root = Reference.dir().getParent().getParent(); // fixtures/reference -> the root
    assertEquals(List.of(), AotTraining.train(root));
  }

  @Test
  void aRootWithoutTheDataIsAFailure(@TempDir Path empty) {
    List<String> failed = AotTraining.train(empty);
    assertEquals(1, failed.size());
    assertEquals("no training data under " + empty.toAbsolutePath(), failed.get(0));
  }
}
