package id.go.bps.pst.benchmark;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The application engine's settings that change how much work a step costs, read from the running application so
 * the bare engine copies them instead of guessing: history level, id generator, JDBC batching, authorization,
 * metrics, and the two behaviour flags of {@code application.yml}.
 */
record EngineSettings(String history, Class<?> idGenerator, boolean jdbcBatch, boolean authorization,
                      boolean metrics, boolean exceptionsAfterUnhandledBpmnError, boolean enforceHistoryTimeToLive,
                      boolean jobExecutor) {

    static EngineSettings of(ProcessEngineConfigurationImpl configuration) {
        return new EngineSettings(configuration.getHistoryLevel().getName(),
                configuration.getIdGenerator().getClass(), configuration.isJdbcBatchProcessing(),
                configuration.isAuthorizationEnabled(), configuration.isMetricsEnabled(),
                configuration.isEnableExceptionsAfterUnhandledBpmnError(),
                configuration.isEnforceHistoryTimeToLive(), configuration.getJobExecutor() != null
                        && configuration.getJobExecutor().isActive());
    }

    void applyTo(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistory(history);
        copyIdGenerator(configuration);
        configuration.setJdbcBatchProcessing(jdbcBatch);
        configuration.setAuthorizationEnabled(authorization);
        configuration.setMetricsEnabled(metrics);
        configuration.setEnableExceptionsAfterUnhandledBpmnError(exceptionsAfterUnhandledBpmnError);
        configuration.setEnforceHistoryTimeToLive(enforceHistoryTimeToLive);
        configuration.setJobExecutorActivate(false);
    }

    private void copyIdGenerator(ProcessEngineConfigurationImpl configuration) {
        if (idGenerator == org.camunda.bpm.engine.impl.db.DbIdGenerator.class) {
            return; // the engine makes its own, bound to its database
        }
        try {
            configuration.setIdGenerator((org.camunda.bpm.engine.impl.cfg.IdGenerator)
                    idGenerator.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy the id generator " + idGenerator, e);
        }
    }

    String line() {
        return String.format("history %s, ids %s, jdbc batch %s, authorization %s, metrics %s, job executor %s "
                        + "(jobs run by the client threads)", history, idGenerator.getSimpleName(), jdbcBatch,
                authorization, metrics, jobExecutor ? "ON" : "off");
    }
}
