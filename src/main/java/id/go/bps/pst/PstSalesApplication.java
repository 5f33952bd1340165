package id.go.bps.pst;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** PST Sales: the sale of statistical products at the BPS integrated statistical service desks. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PstSalesApplication {

    public static void main(String[] args) {
        SpringApplication.run(PstSalesApplication.class, args);
    }
}
