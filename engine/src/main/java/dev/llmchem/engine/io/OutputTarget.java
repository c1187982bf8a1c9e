package dev.llmchem.engine.io;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where one output of a command goes, standard output or a file, with every write checked:
 * the one place where the command line (and {@code chem fixtures}) writes.
 *
 * <ul>
 * <li><b>Checked writes.</b> {@link #stream()} and {@link #writer} throw
 *     {@link OutputException} (unchecked, naming this target and the reason) on the first
 *     failed write or flush, and again on every later call, so a full disk, a closed pipe or
 *     a vanished folder can neither be swallowed by a {@link java.io.PrintWriter} nor be
 *     reported as a problem of an input.</li>
 * <li><b>Files are replaced atomically.</b> A regular file (or a new one) is written to a
 *     temporary sibling {@code .NAME.chem-tmp-PID} in the same folder, forced to disk and
 *     renamed over NAME by {@link #commit}: a reader, a crash, {@code kill -9} or a
 *     concurrent writer of the same NAME sees the old file or the complete new one, never a
 *     mixture; the last rename wins. A replaced file keeps its permission bits (and, where
 *     allowed, owner and group); a new one gets the usual {@code 0666 & ~umask}. A symbolic
 *     link is written through: its target is replaced and the link stays. Temporaries that a
 *     killed process left are removed by the next write of the same NAME (any whose process
 *     is gone); until then they are hidden files with the name of the output in theirs.</li>
 * <li><b>Devices, pipes, /dev and /proc paths</b> ({@code /dev/stdout}, {@code /dev/null},
 *     a FIFO) are written in place, appending; nothing is renamed over them.</li>
 * <li><b>Identity.</b> {@link #sameFile} and {@link #requireDistinct} tell whether two
 *     options name one file (through links, or by path when it does not exist yet), so that a
 *     command can refuse, before reading anything, an output that would overwrite its
 *     input.</li>
 * </ul>
 *
 * <p>Not thread-safe: one thread writes a target. Use it in try-with-resources: closing a
 * target that was not committed removes its temporary file and leaves the old file as it was.
 */
public final class OutputTarget implements Closeable {
  /** Marks a temporary sibling: {@code .NAME} + this + the writer's process id. */
  public static final String TEMP_MARK = ".chem-tmp-";
  /** Temporaries created by this JVM (not leftovers, whatever their pid says). */
  private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();
  private static final int MAX_LINKS = 40;

  private final String label;
  private final Path file;
  private final OutputStream given;
  private Path target;
  private Path temp;
  private FileChannel channel;
  private Checked out;
  private Writer writer;
  private OutputException failure;
  private boolean finished;

  private OutputTarget(String label, Path file, OutputStream given) {
    this.label = label;
    this.file = file;
    this.given = given;
  }

  /** Standard output (pass {@code new FileOutputStream(FileDescriptor.out)}, not a PrintStream). */
  public static OutputTarget stdout(OutputStream out) {
    return stream(out, "standard output");
  }

  /** An open stream, named {@code label} in messages; commit flushes it, nothing is closed. */
  public static OutputTarget stream(OutputStream out, String label) {
    return new OutputTarget(label, null, out);
  }

  /**
   * A file, named in messages as {@code "FILE (OPTION)"} (or just FILE when {@code option} is
   * null). Nothing is opened until the first write.
   */
  public static OutputTarget file(Path file, String option) {
    return new OutputTarget(option == null ? file.toString() : file + " (" + option + ")",
        file, null);
  }

  /** How messages name this target: "standard output", "graded.csv (--out)". */
  public String label() {
    return label;
  }

  /** The first failure, or null. */
  public OutputException failure() {
    return failure;
  }

  /**
   * The checked byte stream (buffered for a file), opened on the first call: for a file this
   * creates its temporary sibling. Its {@code close()} only flushes; {@link #commit} finishes.
   *
   * @throws OutputException when the file cannot be created
   */
  public OutputStream stream() {
    if (failure != null) {
      throw failure;
    }
    if (out == null) {
      try {
        out = new Checked(open());
      } catch (IOException e) {
        throw fail(e);
      }
    }
    return out;
  }

  /**
   * A buffered writer over {@link #stream()} in {@code charset} (the first call's; later calls
   * return the same writer); {@link #commit} flushes it. Its {@code close()} only flushes.
   */
  public Writer writer(Charset charset) {
    if (writer == null) {
      writer = new BufferedWriter(new OutputStreamWriter(stream(), charset), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return writer;
  }

  /**
   * Records {@code e} (an IO failure while producing this output, e.g. in an encoder above the
   * stream) as this target's failure and returns it to be thrown. The first failure stays.
   */
  public OutputException fail(IOException e) {
    if (failure == null) {
      failure = new OutputException(label, e);
    }
    return failure;
  }

  /**
   * Finishes the output: flushes; for a file, forces the temporary to disk, gives it the
   * permissions of the file it replaces and renames it over the file (atomically). An output
   * that was never written becomes an empty file. Does nothing after a commit.
   *
   * @throws OutputException when any of it fails (the old file is then left as it was)
   */
  public void commit() {
    if (finished) {
      return;
    }
    try {
      OutputStream s = stream();
      if (writer != null) {
        writer.flush();
      }
      s.flush();
      if (channel != null) {
        if (temp != null) {
          channel.force(true);
        }
        channel.close();
        channel = null;
      }
      if (temp != null) {
        keepAttributes(target, temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        OURS.remove(temp);
        temp = null;
      }
      finished = true;
    } catch (IOException e) {
      throw fail(e);
    } finally {
      if (!finished) {
        abort();
      }
    }
  }

  /**
   * {@link #commit} unless {@code stop} asks to stop (Ctrl-C or a deadline before the last
   * moment): then the temporary is removed, the old file stays, and
   * {@link CancelledException} says so. Once the rename is done the output is complete, and
   * a later stop request changes nothing.
   */
  public void commit(ProgressListener stop) {
    if (!finished && stop.cancelled()) {
      abort();
      throw new CancelledException("the replacement of " + label + ", which was left as it was",
          Double.NaN);
    }
    commit();
  }

  /** Drops the output: closes and removes a temporary file; the old file stays. Idempotent. */
  public void abort() {
    finished = true;
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing to keep
      }
      channel = null;
    }
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // left for the next run's cleanup
      }
      OURS.remove(temp);
      temp = null;
    }
  }

  /** {@link #abort()} unless committed. */
  @Override
  public void close() {
    if (!finished) {
      abort();
    }
  }

  private OutputStream open() throws IOException {
    if (given != null) {
      return given;
    }
    if (inPlace(file)) {
      try {
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      } catch (NoSuchFileException e) {
        throw new FileSystemException(file.toString(), null, "no such file or device");
      }
      return Channels.newOutputStream(channel);
    }
    target = checkFolder();
    Path dir = target.getParent();
    String prefix = tempPrefix(target);
    removeLeftovers(dir, prefix);
    long pid = ProcessHandle.current().pid();
    for (int n = 0; ; n++) {
      Path t = dir.resolve(prefix + pid + (n == 0 ? "" : "-" + n));
      try {
        channel = FileChannel.open(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (n < 100) {
          continue;
        }
        throw e;
      } catch (AccessDeniedException e) {
        throw new FileSystemException(file.toString(), null, "permission denied to create a"
            + " temporary file in " + dir + " (files are replaced through one beside them)");
      }
      temp = t;
      OURS.add(t);
      break;
    }
    return new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /**
   * Fails now, before any work, for what can be known before writing: the file is a folder,
   * or its folder does not exist. Does nothing for standard output and devices.
   *
   * @throws OutputException naming the problem
   */
  public void preflight() {
    if (file == null || inPlace(file)) {
      return;
    }
    try {
      checkFolder();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** The file to replace (links followed), after checking it is no folder and has one. */
  private Path checkFolder() throws IOException {
    Path t = follow(file).toAbsolutePath().normalize();
    if (Files.isDirectory(t)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    Path dir = t.getParent();
    if (!Files.isDirectory(dir)) {
      throw new FileSystemException(file.toString(), null, Files.exists(dir)
          ? "not a directory: " + dir : "no such directory");
    }
    return t;
  }

  /** Existing non-regular files, and paths under /dev (but /dev/shm) or /proc. */
  private static boolean inPlace(Path file) {
    String abs = file.toAbsolutePath().normalize().toString();
    if ((abs.startsWith("/dev/") && !abs.startsWith("/dev/shm/")) || abs.startsWith("/proc/")) {
      return true;
    }
    return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
  }

  /** {@code .NAME.chem-tmp-} (NAME cut so that the temporary's name stays short enough). */
  static String tempPrefix(Path target) {
    String name = target.getFileName().toString();
    return "." + (name.length() > 200 ? name.substring(0, 200) : name) + TEMP_MARK;
  }

  /**
   * Removes {@code dir/PREFIX<pid>[-n]} files left by processes that are gone (killed before
   * their rename), and by an earlier process that had this JVM's pid. Best effort.
   */
  private static void removeLeftovers(Path dir, String prefix) {
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir,
        p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path p : ds) {
        String rest = p.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
          pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException e) {
          continue;
        }
        boolean alive = pid == self ? OURS.contains(p.toAbsolutePath().normalize())
            : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a leftover that cannot be removed is harmless: hidden, and named after its output
    }
  }

  /** Permission bits (and owner and group where allowed) of the replaced file. */
  private static void keepAttributes(Path replaced, Path temp) throws IOException {
    if (!Files.exists(replaced)) {
      return;
    }
    if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(replaced));
      try {
        var view = Files.getFileAttributeView(temp,
            java.nio.file.attribute.PosixFileAttributeView.class);
        var old = Files.readAttributes(replaced,
            java.nio.file.attribute.PosixFileAttributes.class);
        var now = view.readAttributes();
        if (!old.group().equals(now.group())) {
          view.setGroup(old.group());
        }
        if (!old.owner().equals(now.owner())) {
          view.setOwner(old.owner());
        }
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        // only root may give a file away; the permission bits are what protects it
      }
    }
  }

  /**
   * Whether {@code a} and {@code b} name the same file: {@link Files#isSameFile} (through
   * links) when both exist, else the same absolute path once links and the real path of the
   * folder are resolved ({@code out.csv} and {@code ./out.csv} that do not exist yet).
   */
  public static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException | SecurityException e) {
      // compare the paths
    }
    return canonical(a).equals(canonical(b));
  }

  /**
   * Refuses ({@link IllegalArgumentException}, one line naming both options) an output that
   * is the same file as another option's file: an input it would destroy, or another output.
   *
   * @param option the output's option, e.g. "--ingest-report"
   * @param output its file
   * @param otherOption the other option, e.g. "--data"
   * @param other its file
   * @param otherIsInput whether the other file is read by the command
   */
  public static void requireDistinct(String option, Path output, String otherOption, Path other,
      boolean otherIsInput) {
    if (output != null && other != null && sameFile(output, other)) {
      throw new IllegalArgumentException(option + " " + output + " and " + otherOption + " "
          + other + " are the same file: " + (otherIsInput
          ? "writing it would destroy the input" : "one output would overwrite the other")
          + "; name another file");
    }
  }

  /** The absolute path with links followed and the folder's real path. */
  static Path canonical(Path p) {
    Path abs = follow(p).toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent != null && abs.getFileName() != null) {
      try {
        return parent.toRealPath().resolve(abs.getFileName());
      } catch (IOException | SecurityException e) {
        // a folder that does not exist: the path as it is
      }
    }
    return abs;
  }

  /** Follows symbolic links (also dangling ones) to the path they finally name. */
  static Path follow(Path p) {
    Path cur = p;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(cur); i++) {
      try {
        Path link = Files.readSymbolicLink(cur);
        Path parent = cur.toAbsolutePath().getParent();
        cur = parent == null ? link : parent.resolve(link);
      } catch (IOException | SecurityException e) {
        break;
      }
    }
    return cur;
  }

  /** Every write and flush checked; the first failure is kept and thrown again. */
  private final class Checked extends OutputStream {
    private final OutputStream inner;

    Checked(OutputStream inner) {
      this.inner = inner;
    }

    @Override
    public void write(int b) {
      if (failure != null) {
        throw failure;
      }
      try {
        inner.write(b);
      } catch (IOException e) {
        throw fail(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (failure != null) {
        throw failure;
      }
      try {
        inner.write(b, off, len);
      } catch (IOException e) {
        throw fail(e);
      }
    }

    @Override
    public void flush() {
      if (failure != null) {
        throw failure;
      }
      try {
        inner.flush();
      } catch (IOException e) {
        throw fail(e);
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
