# Built by docker-compose.yml; the tests and CI do not need Docker.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app pst && mkdir -p /app/data && chown pst /app/data
WORKDIR /app
COPY --from=build /src/target/pst-sales-*.jar /app/pst-sales.jar
USER pst
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/pst-sales.jar"]
