# article-bot: build with Maven, run on a slim JRE as a non-root user.
#
#   docker build -t article-bot .
#   docker run -d --name article-bot --env-file .env -v article-bot-data:/data -p 8080:8080 \
#     --stop-timeout 30 article-bot
#
# Tokens never go in this file or the image: pass them at run time (--env-file .env, see
# config/.env.example) or as files in /run/secrets (Docker/Kubernetes secrets).

# ---- build ------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# Dependencies and plugins first, in their own layer: rebuilt only when a pom changes.
# (dependency:go-offline cannot resolve the knowledge module from a repository, so package the
# source-less modules instead; that downloads everything the real build needs.)
COPY pom.xml ./
COPY knowledge/pom.xml knowledge/
COPY bot/pom.xml bot/
RUN mvn -B -q -DskipTests package

# Then the sources. bot/ bundles config/article-bot.conf as its defaults.
COPY config/ config/
COPY knowledge/src/ knowledge/src/
COPY bot/src/ bot/src/
RUN mvn -B -q -DskipTests package

# ---- run --------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 articlebot \
    && useradd --system --uid 10001 --gid 10001 --home-dir /data --no-create-home \
       --shell /usr/sbin/nologin articlebot \
    && mkdir -p /data \
    && chown 10001:10001 /data

WORKDIR /app
COPY --from=build /src/bot/target/article-bot.jar /app/article-bot.jar
COPY config/ /app/config/

# State (embedding cache, model copy, daily-post markers) lives on the volume; the tokenizer's
# native library is unpacked there too. ONNX Runtime unpacks to java.io.tmpdir (/tmp).
ENV ARTICLEBOT_STATE_DIR=/data \
    ARTICLEBOT_CONFIG=/app/config/article-bot.conf \
    DJL_CACHE_DIR=/data/djl
VOLUME /data

USER 10001:10001

# /healthz, /readyz, /metrics (health.port). Change the port with ARTICLEBOT_HEALTH_PORT and the
# healthcheck follows it.
EXPOSE 8080

# No curl in the JRE image: a tiny Java client, exit 0 on 200 from /healthz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx32m", \
         "-cp", "/app/article-bot.jar", "dev.articlebot.bot.ops.HealthProbe"]

# Exec form: java is PID 1 and gets SIGTERM itself, finishes in-flight answers (shutdown.timeout,
# 20s by default), closes the connections and exits 0. Give it longer than Docker's default 10s:
# docker stop -t 30, or stop_grace_period: 30s in compose.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/article-bot.jar"]
