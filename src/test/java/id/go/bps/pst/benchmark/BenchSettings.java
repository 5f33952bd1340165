package id.go.bps.pst.benchmark;

import java.util.Locale;

/**
 * What one benchmark run plays, from system properties ({@code -Dbench.*}) with the environment of {@code .ci/run}
 * ({@code PST_DB_URL}, {@code PST_DB_USER}, {@code PST_DB_PASSWORD}) for the application's PostgreSQL database.
 *
 * @param engineDbUrl the bare engine's own database: a second, empty PostgreSQL database (never the application's)
 */
record BenchSettings(String db, int sales, int warmUp, int threads, int rounds, double target, String appDbUrl,
                     String dbUser, String dbPassword, String engineDbUrl) {

    static BenchSettings fromSystem() {
        String db = System.getProperty("bench.db", "h2").toLowerCase(Locale.ROOT);
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new IllegalArgumentException("bench.db is h2 or postgres, not " + db);
        }
        BenchSettings settings = new BenchSettings(db, integer("bench.sales", 200), integer("bench.warmup", 100),
                integer("bench.threads", 2), integer("bench.rounds", 4),
                Double.parseDouble(System.getProperty("bench.target", "0.5")),
                value("bench.app.url", "PST_DB_URL"), value("bench.db.user", "PST_DB_USER"),
                value("bench.db.password", "PST_DB_PASSWORD"), value("bench.engine.url", "PST_BENCH_ENGINE_DB_URL"));
        settings.check();
        return settings;
    }

    boolean postgres() {
        return db.equals("postgres");
    }

    private void check() {
        if (sales < 1 || threads < 1 || warmUp < 0 || rounds < 1 || rounds > sales) {
            throw new IllegalArgumentException("bench.sales, bench.threads and bench.rounds (at most bench.sales) "
                    + "must be at least 1, bench.warmup at least 0");
        }
        if (postgres() && (blank(appDbUrl) || blank(engineDbUrl))) {
            throw new IllegalArgumentException("On PostgreSQL the benchmark needs two empty databases: PST_DB_URL "
                    + "(the application's) and PST_BENCH_ENGINE_DB_URL (the bare engine's); .ci/benchmark makes both");
        }
        if (postgres() && appDbUrl.equals(engineDbUrl)) {
            throw new IllegalArgumentException("The bare engine needs a database of its own, not PST_DB_URL");
        }
    }

    private static int integer(String property, int fallback) {
        return Integer.parseInt(System.getProperty(property, String.valueOf(fallback)).trim());
    }

    private static String value(String property, String environment) {
        String given = System.getProperty(property);
        return blank(given) ? System.getenv(environment) : given;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
