package dev.llmchem.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** The data files of {@code --data} through Hadoop's file system (local, HDFS, S3...). */
final class InputFiles {
  private InputFiles() { }

  /** {@code data} as a path on this machine (no scheme, or file:), else null. */
  static java.nio.file.Path local(String data) {
    try {
      if (!data.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
        return java.nio.file.Path.of(data);
      }
      return data.startsWith("file:") ? java.nio.file.Path.of(new Path(data).toUri().getPath())
          : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /**
   * The file itself, or the files of a folder (not recursive; names starting with {@code _}
   * or {@code .} skipped, as Spark skips them), as qualified paths.
   *
   * @throws IllegalArgumentException when nothing is there
   */
  static List<String> list(SparkSession spark, String data) {
    java.nio.file.Path local = local(data);
    if (local != null && Files.exists(local) && !Files.isRegularFile(local)
        && !Files.isDirectory(local)) {
      throw new IllegalArgumentException("--data " + data + ": not a file or a folder (a FIFO,"
          + " a pipe or a device): Spark's tasks read files, each from its start; write the"
          + " history to a file first, or use chem");
    }
    Path p = new Path(data);
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus st = fs.getFileStatus(p);
      List<String> out = new ArrayList<>();
      if (st.isFile()) {
        out.add(st.getPath().toString());
        return out;
      }
      for (FileStatus f : fs.listStatus(p)) {
        String name = f.getPath().getName();
        if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
          out.add(f.getPath().toString());
        }
      }
      return out;
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException(data + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(data + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
