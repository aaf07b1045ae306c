package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.EnvNames;
import dev.articlebot.bot.config.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What can be checked about the Dockerfile, .dockerignore and docker-compose.yml without Docker.
 */
class DockerfileTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY).*");

  /** One instruction, continuation lines joined. */
  record Instruction(int stage, String keyword, String args) {}

  /** A build stage: its FROM line, its name, its working directory at the end. */
  record Stage(String image, String name, List<Instruction> instructions) {}

  private static List<Stage> stages;
  private static List<String> ignore;

  @BeforeAll
  static void parse() throws IOException {
    stages = parse(Files.readString(ROOT.resolve("Dockerfile")));
    ignore =
        Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
  }

  static List<Stage> parse(String dockerfile) {
    List<Stage> result = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String raw : dockerfile.split("\n", -1)) {
      String l = raw.stripTrailing();
      if (line.length() == 0 && (l.isBlank() || l.strip().startsWith("#"))) continue;
      if (line.length() > 0 && l.strip().startsWith("#")) continue; // comment inside continuation
      if (l.endsWith("\\")) {
        line.append(l, 0, l.length() - 1).append(' ');
        continue;
      }
      line.append(l);
      String full = line.toString().strip();
      line.setLength(0);
      String[] parts = full.split("\\s+", 2);
      String keyword = parts[0].toUpperCase(Locale.ROOT);
      String args = parts.length > 1 ? parts[1].strip() : "";
      if (keyword.equals("FROM")) {
        String[] f = args.split("\\s+");
        String name = f.length >= 3 && f[1].equalsIgnoreCase("AS") ? f[2] : "";
        result.add(new Stage(f[0], name, new ArrayList<>()));
      } else {
        assertThat(result).as("instruction before FROM: " + full).isNotEmpty();
        result
            .get(result.size() - 1)
            .instructions()
            .add(new Instruction(result.size() - 1, keyword, args));
      }
    }
    return result;
  }

  private static Stage finalStage() {
    return stages.get(stages.size() - 1);
  }

  private static List<Instruction> all(Stage stage, String keyword) {
    return stage.instructions().stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  private static List<Instruction> all(String keyword) {
    return stages.stream().flatMap(s -> all(s, keyword).stream()).toList();
  }

  private static List<String> execForm(String args) throws IOException {
    assertThat(args).as("exec form (JSON array): " + args).startsWith("[");
    return new ObjectMapper().readValue(args, new TypeReference<List<String>>() {});
  }

  /** COPY/ADD arguments without flags; the last one is the destination. */
  private static List<String> copyArgs(Instruction i) throws IOException {
    String args = i.args();
    List<String> words = new ArrayList<>();
    for (String w : args.split("\\s+")) if (!w.startsWith("--")) words.add(w);
    if (!words.isEmpty() && words.get(0).startsWith("[")) {
      return execForm(args.substring(args.indexOf('[')));
    }
    return words;
  }

  private static String flag(Instruction i, String name) {
    Matcher m = Pattern.compile("--" + name + "=(\\S+)").matcher(i.args());
    return m.find() ? m.group(1) : null;
  }

  /** ENV K=V K2="V 2", or ENV K V. */
  private static Map<String, String> env(Stage stage) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Instruction i : all(stage, "ENV")) {
      if (!i.args().contains("=")) {
        String[] kv = i.args().split("\\s+", 2);
        env.put(kv[0], kv.length > 1 ? kv[1] : "");
        continue;
      }
      Matcher m = Pattern.compile("(\\S+?)=(\"[^\"]*\"|\\S*)").matcher(i.args());
      while (m.find()) env.put(m.group(1), m.group(2).replace("\"", ""));
    }
    return env;
  }

  /** Whether .dockerignore keeps {@code path} (relative to the root) out of the build context. */
  static boolean ignored(String path, List<String> patterns) {
    String p = path.replaceAll("^\\./", "").replaceAll("/+$", "");
    boolean excluded = false;
    for (String pattern : patterns) {
      boolean negate = pattern.startsWith("!");
      String glob =
          (negate ? pattern.substring(1) : pattern).replaceAll("^/", "").replaceAll("/+$", "");
      Pattern regex = Pattern.compile(globToRegex(glob));
      String prefix = "";
      for (String segment : p.split("/")) {
        prefix = prefix.isEmpty() ? segment : prefix + "/" + segment;
        if (regex.matcher(prefix).matches()) {
          excluded = !negate;
          break;
        }
      }
    }
    return excluded;
  }

  private static String globToRegex(String glob) {
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        r.append("(.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        r.append(".*");
        i++;
      } else if (c == '*') {
        r.append("[^/]*");
      } else if (c == '?') {
        r.append("[^/]");
      } else {
        r.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return r.toString();
  }

  @Test
  void twoStagesMavenBuildAndAJreRuntime() {
    assertThat(stages).hasSize(2);
    assertThat(stages.get(0).image()).isEqualTo("maven:3.9-eclipse-temurin-17");
    assertThat(stages.get(0).name()).isEqualTo("build");
    assertThat(finalStage().image()).isEqualTo("eclipse-temurin:17-jre");
  }

  @Test
  void theDependencyLayerComesBeforeTheSources() throws IOException {
    List<Instruction> build = stages.get(0).instructions();
    int firstSource = -1;
    int firstRun = -1;
    int lastPom = -1;
    for (int i = 0; i < build.size(); i++) {
      Instruction ins = build.get(i);
      if (ins.keyword().equals("RUN") && firstRun < 0) firstRun = i;
      if (!ins.keyword().equals("COPY")) continue;
      List<String> args = copyArgs(ins);
      for (String src : args.subList(0, args.size() - 1)) {
        if (src.endsWith("pom.xml")) lastPom = i;
        else if (firstSource < 0) firstSource = i;
      }
    }
    assertThat(lastPom).isLessThan(firstRun);
    assertThat(firstRun).isLessThan(firstSource);
    List<String> modules = List.of("pom.xml", "knowledge/pom.xml", "bot/pom.xml");
    List<String> copied = new ArrayList<>();
    for (Instruction i : all(stages.get(0), "COPY")) {
      List<String> a = copyArgs(i);
      copied.addAll(a.subList(0, a.size() - 1));
    }
    assertThat(copied).containsAll(modules);
    assertThat(all(stages.get(0), "RUN"))
        .last()
        .satisfies(r -> assertThat(r.args()).contains("mvn").contains("package"));
  }

  @Test
  void everyCopySourceExistsAndIsNotDockerIgnored() throws IOException {
    List<Instruction> copies = new ArrayList<>(all("COPY"));
    copies.addAll(all("ADD"));
    assertThat(copies).isNotEmpty();
    for (Instruction copy : copies) {
      if (flag(copy, "from") != null) continue;
      List<String> args = copyArgs(copy);
      assertThat(args).as(copy.args()).hasSizeGreaterThanOrEqualTo(2);
      for (String src : args.subList(0, args.size() - 1)) {
        assertThat(src).as("no globs or paths outside the context").doesNotContain("*", "..");
        assertThat(ROOT.resolve(src)).as("COPY source " + src).exists();
        assertThat(ignored(src, ignore)).as(src + " is in .dockerignore").isFalse();
      }
    }
  }

  @Test
  void copiesFromTheBuildStageTakeWhatTheBuildProduces() throws IOException {
    List<Instruction> fromBuild =
        all(finalStage(), "COPY").stream().filter(i -> flag(i, "from") != null).toList();
    assertThat(fromBuild).isNotEmpty();
    for (Instruction copy : fromBuild) {
      String from = flag(copy, "from");
      Stage stage =
          stages.stream()
              .filter(s -> s.name().equals(from))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no stage named " + from));
      String workdir = all(stage, "WORKDIR").get(0).args();
      List<String> args = copyArgs(copy);
      String src = args.get(0);
      assertThat(src).startsWith(workdir + "/");
      String relative = src.substring(workdir.length() + 1);
      Matcher m = Pattern.compile("([^/]+)/target/([^/]+)\\.jar").matcher(relative);
      assertThat(m.matches()).as("a module's jar: " + relative).isTrue();
      String pom = Files.readString(ROOT.resolve(m.group(1)).resolve("pom.xml"));
      assertThat(pom).contains("<finalName>" + m.group(2) + "</finalName>");
      List<String> built = new ArrayList<>();
      for (Instruction i : all(stage, "COPY")) built.addAll(copyArgs(i));
      assertThat(built)
          .as("the module's sources are in the build stage")
          .contains(m.group(1) + "/src/");
    }
  }

  @Test
  void essentialsAreInTheContextAndJunkIsNot() {
    for (String kept :
        List.of(
            "pom.xml",
            "bot/pom.xml",
            "config/article-bot.conf",
            "config/logback.xml",
            "bot/src/main/java/dev/articlebot/bot/Main.java",
            "knowledge/src/main/resources")) {
      assertThat(ignored(kept, ignore)).as(kept).isFalse();
    }
    for (String dropped :
        List.of(
            ".git",
            ".env",
            "target",
            "bot/target/article-bot.jar",
            "state",
            "state/x",
            "bot.log",
            "bot/x.log")) {
      assertThat(ignored(dropped, ignore)).as(dropped).isTrue();
    }
  }

  @Test
  void runsAsANonRootUser() {
    List<Instruction> users = all(finalStage(), "USER");
    assertThat(users).isNotEmpty();
    String user = users.get(users.size() - 1).args().split(":")[0];
    assertThat(user).isNotIn("root", "0").isEqualTo("10001");
  }

  @Test
  void theHealthcheckRunsAnExistingMainClassFromTheJar() throws IOException {
    List<Instruction> checks = all(finalStage(), "HEALTHCHECK");
    assertThat(checks).hasSize(1);
    String args = checks.get(0).args();
    assertThat(args).contains(" CMD ");
    List<String> cmd = execForm(args.substring(args.indexOf(" CMD ") + 5).strip());
    assertThat(cmd.get(0)).isEqualTo("java");
    String jar = cmd.get(cmd.indexOf("-cp") + 1);
    assertThat(jarInImage()).isEqualTo(jar);
    String mainClass = cmd.get(cmd.indexOf("-cp") + 2);
    Path source = ROOT.resolve("bot/src/main/java").resolve(mainClass.replace('.', '/') + ".java");
    assertThat(source).exists();
    assertThat(Files.readString(source)).contains("public static void main(String[] args)");
    assertThat(mainClass).isEqualTo(HealthProbe.class.getName());
    // it asks the health port the image exposes
    assertThat(HealthProbe.target(new String[0], env(finalStage())).getPort())
        .isEqualTo(exposedPort());
  }

  @Test
  void theEntrypointIsExecFormJavaDashJar() throws IOException {
    List<Instruction> entry = all(finalStage(), "ENTRYPOINT");
    assertThat(entry).hasSize(1);
    List<String> cmd = execForm(entry.get(0).args());
    assertThat(cmd.get(0)).isEqualTo("java");
    assertThat(cmd).contains("-XX:MaxRAMPercentage=75");
    assertThat(cmd.get(cmd.indexOf("-jar") + 1)).isEqualTo(jarInImage());
    assertThat(all(finalStage(), "CMD")).as("no shell-form CMD wrapping java").isEmpty();
  }

  @Test
  void noSecretsInEnvOrArg() {
    for (Stage stage : stages) {
      for (String name : env(stage).keySet()) {
        assertThat(name).as("ENV " + name).doesNotMatch(SECRET_NAME);
      }
      for (Instruction arg : all(stage, "ARG")) {
        assertThat(arg.args().split("=")[0]).as("ARG " + arg.args()).doesNotMatch(SECRET_NAME);
      }
    }
    for (String name :
        List.of(
            Secrets.DISCORD_TOKEN,
            Secrets.SLACK_BOT_TOKEN,
            Secrets.SLACK_APP_TOKEN,
            Secrets.SLACK_SIGNING_SECRET)) {
      assertThat(stages.stream().flatMap(s -> s.instructions().stream()).map(Instruction::args))
          .noneMatch(a -> a.contains(name));
    }
  }

  @Test
  void theImageEnvironmentIsAValidConfiguration() throws IOException {
    Map<String, String> env = new LinkedHashMap<>(env(finalStage()));
    assertThat(env).containsEntry("ARTICLEBOT_STATE_DIR", "/data");
    assertThat(env).containsEntry("ARTICLEBOT_CONFIG", "/app/config/article-bot.conf");
    // ARTICLEBOT_CONFIG names the copy of config/ in the image
    String configInImage = env.remove(EnvNames.CONFIG_FILE);
    String local = null;
    for (Instruction copy : all(finalStage(), "COPY")) {
      List<String> a = copyArgs(copy);
      String dest = a.get(a.size() - 1).replaceAll("/+$", "") + "/";
      if (flag(copy, "from") == null && configInImage.startsWith(dest)) {
        local = a.get(0).replaceAll("/+$", "") + "/" + configInImage.substring(dest.length());
      }
    }
    assertThat(local).as("a COPY puts " + configInImage + " into the image").isNotNull();
    assertThat(ROOT.resolve(local)).exists();
    env.put(EnvNames.CONFIG_FILE, ROOT.resolve(local).toString());
    Map<String, String> articlebot = new LinkedHashMap<>();
    env.forEach(
        (k, v) -> {
          if (k.startsWith(EnvNames.PREFIX)) articlebot.put(k, v);
        });
    new ConfigLoader(articlebot, new Secrets(Map.of(), ROOT.resolve("no-such-secrets")))
        .load(null, Map.of());

    assertThat(all(finalStage(), "VOLUME").get(0).args()).contains(env.get("ARTICLEBOT_STATE_DIR"));
    assertThat(env.get("DJL_CACHE_DIR")).startsWith("/data/");
  }

  @Test
  void itExposesTheDefaultHealthPort() {
    assertThat(exposedPort()).isEqualTo(ConfigLoader.defaults().getInt("health.port"));
  }

  @Test
  void theComposeExampleKeepsSecretsOutAndWaitsForAGracefulStop() throws IOException {
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
    assertThat(compose)
        .contains("env_file: .env")
        .contains(":/data")
        .contains("8080:8080")
        .contains("restart: unless-stopped")
        .doesNotContainPattern("(?m)^\\s*(DISCORD_TOKEN|SLACK_\\w+):");
    Matcher grace = Pattern.compile("stop_grace_period:\\s*(\\d+)s").matcher(compose);
    assertThat(grace.find()).isTrue();
    Duration shutdown = ConfigLoader.defaults().getDuration("shutdown.timeout");
    assertThat(Duration.ofSeconds(Long.parseLong(grace.group(1)))).isGreaterThan(shutdown);
    assertThat(Files.readString(ROOT.resolve(".gitignore")).lines()).contains(".env");
  }

  @Test
  void theEnvExampleAndTheComposeFileNameOneArticlesPath() throws IOException {
    String env = Files.readString(ROOT.resolve("config").resolve(".env.example"));
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
    Pattern setting = Pattern.compile("ARTICLEBOT_KNOWLEDGE_ARTICLES=(/[^\\s)]+)");
    List<String> paths = new ArrayList<>();
    for (String text : List.of(env, compose)) {
      Matcher m = setting.matcher(text);
      while (m.find()) paths.add(m.group(1));
    }
    Matcher mount = Pattern.compile("-\\s*\\./articles:(/[^:\\s]+)").matcher(compose);
    assertThat(mount.find()).as("docker-compose.yml mounts ./articles").isTrue();
    paths.add(mount.group(1));
    assertThat(paths).hasSizeGreaterThanOrEqualTo(3);
    assertThat(paths)
        .as("articles paths in .env.example and docker-compose.yml")
        .containsOnly(paths.get(0));
  }

  @Test
  void theIgnoreMatcherFollowsDockerRules() {
    List<String> p = List.of("**/target/", "*.log", "!keep.log", ".env");
    assertThat(ignored("target", p)).isTrue();
    assertThat(ignored("bot/target/x.jar", p)).isTrue();
    assertThat(ignored("a.log", p)).isTrue();
    assertThat(ignored("keep.log", p)).isFalse();
    assertThat(ignored("sub/a.log", p)).isFalse();
    assertThat(ignored(".env.example", p)).isFalse();
    assertThat(ignored("config/.env.example", p)).isFalse();
    assertThat(ignored("deep/er/target/classes", p)).isTrue();
    assertThat(ignored("targets", p)).isFalse();
  }

  private static String jarInImage() throws IOException {
    for (Instruction copy : all(finalStage(), "COPY")) {
      List<String> a = copyArgs(copy);
      if (a.get(0).endsWith(".jar")) return a.get(a.size() - 1);
    }
    throw new AssertionError("no jar copied into the image");
  }

  private static int exposedPort() {
    List<Instruction> expose = all(finalStage(), "EXPOSE");
    assertThat(expose).hasSize(1);
    return Integer.parseInt(expose.get(0).args().split("/")[0].strip());
  }
}
