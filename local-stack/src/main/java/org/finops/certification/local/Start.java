package org.finops.certification.local;

/**
 * The launcher's entry point, compiled for Java 17 (the oldest Java that Spring Boot's loader runs on) so that a JDK
 * too old for the service is told so in one sentence, instead of an UnsupportedClassVersionError from the rest of
 * the launcher, which is compiled for Java 21.
 */
public final class Start {
    static final int REQUIRED_FEATURE = 21;

    private Start() {
    }

    public static void main(String[] args) throws Exception {
        int feature = Runtime.version().feature();
        if (feature < REQUIRED_FEATURE) {
            System.err.println("The local stack cannot start: it needs Java " + REQUIRED_FEATURE + " or newer and"
                    + " this is Java " + feature + " (" + System.getProperty("java.home") + "): export"
                    + " JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 and run it with \"$JAVA_HOME/bin/java\" -jar.");
            System.exit(2);
        }
        Class.forName("org.finops.certification.local.LocalStack").getMethod("main", String[].class)
                .invoke(null, (Object) args);
    }
}
