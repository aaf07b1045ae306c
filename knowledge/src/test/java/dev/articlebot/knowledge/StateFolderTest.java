package dev.articlebot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state folder is checked, with one reason, before anything is loaded or connected. */
class StateFolderTest {
  @TempDir Path dir;

  @Test
  void aFreshFolderIsCreatedAndLeftClean() throws Exception {
    Path state = dir.resolve("a").resolve("state");
    StateFolder.check(state);
    assertThat(state).isDirectory();
    try (Stream<Path> files = Files.list(state)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("state"), "not a folder");
    assertThatThrownBy(() -> StateFolder.check(file))
        .isInstanceOfSatisfying(
            StateFolderException.class,
            e -> {
              assertThat(e.subject()).isEqualTo(file.toString());
              assertThat(e.reason()).contains("not a folder");
            });
  }

  @Test
  void aFolderThatCannotBeCreatedIsNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    Path state = file.resolve("state");
    assertThatThrownBy(() -> StateFolder.check(state))
        .isInstanceOfSatisfying(
            StateFolderException.class,
            e -> {
              assertThat(e.subject()).isEqualTo(state.toString());
              assertThat(e.reason()).contains("cannot be created");
            });
  }

  @Test
  void aFolderNobodyCanWriteIsNamedEvenForRoot() {
    // procfs refuses new files to every user, root included (tests here run as root).
    Path proc = Path.of("/proc/self");
    assumeTrue(Files.isDirectory(proc), "needs Linux's /proc");
    assertThatThrownBy(() -> StateFolder.check(proc))
        .isInstanceOfSatisfying(
            StateFolderException.class,
            e -> {
              assertThat(e.subject()).isEqualTo(proc.toString());
              assertThat(e.reason()).contains("cannot be written");
            });
    assertThat(proc.resolve(".write-check-" + ProcessHandle.current().pid())).doesNotExist();
  }

  @Test
  void aFolderTheBotCannotWriteIsNamed() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root writes anywhere");
    Path state = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> StateFolder.check(state))
          .isInstanceOfSatisfying(
              StateFolderException.class,
              e -> assertThat(e.reason()).contains("cannot be written"));
    } finally {
      Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
