package dev.articlebot.knowledge;

import dev.articlebot.knowledge.answer.AnswerModel;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.article.LoadedArticles;
import dev.articlebot.knowledge.index.CachingEmbedder;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.EmbeddingCache;
import dev.articlebot.knowledge.index.LazyEmbedder;
import dev.articlebot.knowledge.index.MiniLmEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link KnowledgeBase} from configuration: reads the articles, loads the embedding model
 * (in the background, from a copy in the state folder), and embeds passages through the on-disk
 * cache.
 */
public final class KnowledgeLoader {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);

  /**
   * @param articles an article file or folder; null for the bundled article
   * @param stateDir where model files and the embedding cache live
   * @param maxQuestionChars questions are cut to this length
   * @param maxArticleBytes article files larger than this are refused before they are read
   */
  public record Settings(Path articles, Path stateDir, int maxQuestionChars, long maxArticleBytes) {
    public Settings {
      if (stateDir == null) throw new IllegalArgumentException("stateDir is required");
    }

    /** With the default article size limit ({@link ArticleLoader#DEFAULT_MAX_BYTES}). */
    public Settings(Path articles, Path stateDir, int maxQuestionChars) {
      this(articles, stateDir, maxQuestionChars, ArticleLoader.DEFAULT_MAX_BYTES);
    }
  }

  private KnowledgeLoader() {}

  /**
   * The model and the on-disk embedding cache of a state folder: what indexing any set of articles
   * needs. The model loads in the background from the moment this is opened.
   *
   * @param passages embeds passages, through the cache
   * @param questions embeds questions, straight through the model
   */
  public record Embedders(Embedder passages, LazyEmbedder questions) {
    /** Opens the model and the cache in {@code stateDir}. */
    public static Embedders open(Path stateDir) {
      LazyEmbedder model = model(stateDir);
      EmbeddingCache cache = EmbeddingCache.open(stateDir, MiniLmEmbedder.MODEL_ID);
      return new Embedders(new CachingEmbedder(model, cache), model);
    }

    /**
     * The model alone, loaded when first asked to embed, without the file cache: for what keeps its
     * vectors itself (the library), which would otherwise read the whole cache file into the heap
     * for nothing.
     */
    public static LazyEmbedder model(Path stateDir) {
      ExecutorService embedPool =
          Executors.newFixedThreadPool(
              Math.max(1, Runtime.getRuntime().availableProcessors()),
              r -> {
                Thread t = new Thread(r, "embed");
                t.setDaemon(true);
                return t;
              });
      return new LazyEmbedder(
          MiniLmEmbedder.MODEL_ID,
          () -> MiniLmEmbedder.load(stateDir.resolve("models"), embedPool));
    }

    /** {@code articles} indexed with these embedders. */
    public KnowledgeBase index(List<Article> articles, int maxQuestionChars) {
      return KnowledgeBase.build(articles, passages, questions, maxQuestionChars);
    }

    /** {@code articles} indexed with these embedders, deciding with {@code model}. */
    public KnowledgeBase index(List<Article> articles, int maxQuestionChars, AnswerModel model) {
      return KnowledgeBase.build(articles, passages, questions, maxQuestionChars, model);
    }
  }

  /**
   * Loads everything; first checks the state folder ({@link StateFolder}).
   *
   * @throws KnowledgeException naming the file or folder and what is wrong with it
   */
  public static KnowledgeBase load(Settings settings) {
    long start = System.nanoTime();
    StateFolder.check(settings.stateDir());
    Embedders embedders = Embedders.open(settings.stateDir());
    ArticleLoader loader = new ArticleLoader(new ArticleParser(), settings.maxArticleBytes());
    List<Article> articles =
        settings.articles() == null ? List.of(loader.loadBundled()) : load(loader, settings);
    KnowledgeBase kb = embedders.index(articles, settings.maxQuestionChars());
    embedders.questions().model(); // ready means able to answer
    // Loading leaves garbage (parsing, model start-up) that grows the heap, and G1 keeps what it
    // grew to until a collection shows how little is live (about 25 MB). One full collection here,
    // about 30 ms, keeps answering near that: peak RSS over 1,470 questions 360 MB instead of 487.
    System.gc();
    log.info(
        "Knowledge ready: {} article(s), {} paragraphs, in {} ms",
        articles.size(),
        articles.stream().mapToInt(a -> a.paragraphs().size()).sum(),
        (System.nanoTime() - start) / 1_000_000);
    return kb;
  }

  /** The configured articles; a file of a folder that cannot be read is logged and left out. */
  private static List<Article> load(ArticleLoader loader, Settings settings) {
    LoadedArticles loaded = loader.read(settings.articles());
    for (LoadedArticles.Skipped s : loaded.skipped()) {
      log.warn("Skipped article file {}: {}", s.file(), s.reason().getMessage());
    }
    if (loaded.articles().isEmpty()) throw new NoArticlesException(settings.articles());
    return loaded.articles();
  }
}
