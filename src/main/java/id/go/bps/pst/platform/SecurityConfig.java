package id.go.bps.pst.platform;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Several doors, each with its own chain: the engine REST API (HTTP Basic against Camunda's identity service, never
 * open), the Camunda webapps (their own login, session and CSRF token), the application API (public reads, admin
 * writes with HTTP Basic), the back-office pages, the customer portal (form login, session, CSRF) and the other
 * pages (CSRF on).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String ADMIN = "ADMIN";
    static final String CUSTOMER = "CUSTOMER";

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                   EngineRestIdentityFilter identityFilter) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        // Models come only from the build: nobody deploys at run time (see DeploymentLock).
                        .requestMatchers(path(HttpMethod.POST, "/engine-rest/deployment/**")).denyAll()
                        .requestMatchers(path(HttpMethod.POST, "/engine-rest/engine/*/deployment/**")).denyAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("PST Sales engine"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(identityFilter, org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // The webapps authenticate against the engine and send their own X-XSRF-TOKEN; Spring adds headers only.
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        // The webapps proxy the engine REST API; deployments stay closed there too.
                        .requestMatchers(path(HttpMethod.POST, "/camunda/api/engine/engine/*/deployment/**")).denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /**
     * SLA dashboard reads (issue 5): staff with HTTP Basic, or the Cockpit plugin with the webapp's session; GET only.
     */
    @Bean
    @Order(2)
    SecurityFilterChain slaApi(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        return http.securityMatcher(path("/api/sla/**"))
                .authenticationProvider(provider)
                .addFilterBefore(new CamundaWebappSessionFilter(),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET).authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("PST Sales")
                        .authenticationEntryPoint(ApiAuthenticationErrors.entryPoint("PST Sales")))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiAuthenticationErrors.entryPoint("PST Sales"))
                        .accessDeniedHandler(ApiAuthenticationErrors.accessDenied()))
                // The session is Cockpit's: session fixation protection would give it a new id on every read, and
                // Cockpit's calls still carrying the old id would fail (401) and log the user out.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(f -> f.none()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain applicationApi(HttpSecurity http, List<AuthenticationProvider> providers,
                                       @Value("${pst.payment.simulator.enabled:false}") boolean simulator)
            throws Exception {
        // Staff (Camunda identity) and customers (their own accounts) both sign in here.
        providers.forEach(http::authenticationProvider);
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> auth
                        // The billing gateway authenticates each notification with its HMAC signature.
                        .requestMatchers(HttpMethod.POST, "/api/payments/notifications").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/simulator/**").access(
                                (authentication, context) -> new AuthorizationDecision(simulator))
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/catalog/**", "/api/offices/**",
                                "/api/documents/verify/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/quotes").permitAll()
                        .requestMatchers("/api/requests/**").hasRole(CUSTOMER)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("PST Sales")
                        .authenticationEntryPoint(ApiAuthenticationErrors.entryPoint("PST Sales")))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiAuthenticationErrors.entryPoint("PST Sales"))
                        .accessDeniedHandler(ApiAuthenticationErrors.accessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, no cookie authenticates a call here, so there is nothing for CSRF to protect.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain backofficePages(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
            throws Exception {
        // Officers' pages: their Camunda account (the browser asks once), CSRF on the upload form.
        return http.securityMatcher(path("/backoffice/**"))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("PST Sales petugas"))
                .csrf(withDefaults())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'self'; "
                                + "form-action 'self'; base-uri 'self'")))
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain customerPages(HttpSecurity http, List<AuthenticationProvider> providers) throws Exception {
        // The customer portal (portal module): form login with the customer's email (customers only, not staff),
        // a session and CSRF on every form. The catalogue and the account pages are open; the cart and
        // "Transaksi Saya" need a signed-in customer.
        providers.stream().filter(p -> !(p instanceof CamundaIdentityAuthenticationProvider))
                .forEach(http::authenticationProvider);
        return http.securityMatcher(new OrRequestMatcher(path("/masuk/**"), path("/keluar"), path("/daftar/**"),
                        path("/lupa-sandi/**"), path("/katalog/**"), path("/keranjang/**"), path("/transaksi/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/keranjang/**"), path("/transaksi/**")).hasRole(CUSTOMER)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/masuk").loginProcessingUrl("/masuk")
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/transaksi")
                        .failureHandler(PortalLoginFailures::handle))
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/"))
                .csrf(withDefaults())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    @Bean
    @Order(6)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // The PST room's kiosk, desk tablets and waiting-room screen (walk-in): public by design.
                        .requestMatchers("/kiosk/**").permitAll()
                        .anyRequest().denyAll())
                .csrf(withDefaults())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /** Customer passwords: BCrypt, behind the delegating encoder so the algorithm can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Matches the whole path, whichever servlet serves it: the engine REST API (Jersey) and the webapps are not
     * Spring MVC, so MVC-aware matchers would not see them.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** The identity filter runs inside the engine-rest chain only, not as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<EngineRestIdentityFilter> engineRestIdentityFilterRegistration(
            EngineRestIdentityFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
