# Builds one of the apps from the repository: docker build --build-arg APP=command-side .
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:25-jre
ARG APP
# curl for the compose health checks
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${APP}/target/${APP}.jar /app/app.jar
USER 65534
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
