package id.go.bps.pst.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description at {@code /v3/api-docs}: the contract the customer portal and outside clients use. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI pstSalesApi() {
        return new OpenAPI()
                .info(new Info().title("PST Sales API").version("1")
                        .description("Catalogue, quotes, offices and working days (public); a customer's requests "
                                + "and actions (HTTP Basic with the customer's email and password). Errors are RFC "
                                + "9457 problems with a code and a message in Indonesian (id) and English (en)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
