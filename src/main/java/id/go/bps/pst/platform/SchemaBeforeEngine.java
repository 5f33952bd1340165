package id.go.bps.pst.platform;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Configuration;

/**
 * Liquibase creates the Camunda schema (Camunda's bundled changelog, see db/changelog/db.changelog-master.yaml)
 * and the application's tables, so the engine, which only validates its schema, must start after it.
 */
@Configuration(proxyBeanMethods = false)
class SchemaBeforeEngine extends AbstractDependsOnBeanFactoryPostProcessor {

    SchemaBeforeEngine() {
        super(ProcessEngineFactoryBean.class, "liquibase");
    }
}
