package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The runnable jar as built (runs after {@code package}): natives in, debug symbols out. */
class JarIT {
  private static final Path JAR = Path.of("target", "article-bot.jar");

  private static List<String> entries() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      return jar.stream().map(ZipEntry::getName).toList();
    }
  }

  @Test
  void carriesNoDebugSymbols() throws Exception {
    assertThat(entries())
        .noneMatch(name -> name.endsWith(".pdb"))
        .noneMatch(name -> name.contains(".dSYM/"));
  }

  @Test
  void keepsOnnxRuntimeForEveryPlatformItShips() throws Exception {
    assertThat(entries())
        .contains(
            "ai/onnxruntime/native/linux-x64/libonnxruntime.so",
            "ai/onnxruntime/native/linux-aarch64/libonnxruntime.so",
            "ai/onnxruntime/native/osx-x64/libonnxruntime.dylib",
            "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib",
            "ai/onnxruntime/native/win-x64/onnxruntime.dll",
            "all-minilm-l6-v2.onnx");
  }

  @Test
  void isTheSizeTheReadmeStates() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher stated =
        Pattern.compile("The runnable jar is `bot/target/article-bot\\.jar` \\((\\d+) MB")
            .matcher(readme);
    assertThat(stated.find()).as("the README states the jar's size").isTrue();
    double megabytes = Files.size(JAR) / 1e6;
    System.out.printf("article-bot.jar: %.1f MB (README: %s MB)%n", megabytes, stated.group(1));
    assertThat(megabytes)
        .as("MB; update the README when this changes")
        .isCloseTo(Double.parseDouble(stated.group(1)), within(2.0));
  }
}
