import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads async-profiler's collapsed stacks ("frame;frame;...;leaf count" per line) and prints which part of the
 * stack spent the CPU, as Markdown table rows: {@code java ProfileSummary.java profile.collapsed}.
 * A sample that passes through JsonProvider.provider() counts as that lookup whatever it runs below it (class-loader
 * scans); any other sample goes to the subsystem of its frame nearest to the leaf that a rule below recognises.
 */
public class ProfileSummary {
    static final String JSON_LOOKUP = "JSON-P provider lookup per Json.createXxx() call (ServiceLoader + class-loader scan)";
    static final List<Map.Entry<String, List<String>>> SUBSYSTEMS = List.of(
            Map.entry("H2 database engine", List.of("org/h2/")),
            Map.entry("PostgreSQL JDBC driver", List.of("org/postgresql/")),
            Map.entry("EclipseLink (JPA)", List.of("org/eclipse/persistence/")),
            Map.entry("JTA / JTS transaction manager", List.of("com/sun/jts/", "com/sun/enterprise/transaction",
                    "org/glassfish/cdi/transaction")),
            Map.entry("JDBC connection pool", List.of("com/sun/enterprise/resource/", "com/sun/gjc/",
                    "com/sun/enterprise/connectors")),
            Map.entry("Nimbus JOSE+JWT (RS256 verify, HS256 session token)", List.of("com/nimbusds/")),
            Map.entry("JSON-P building and writing (Parsson)", List.of("org/eclipse/parsson/", "jakarta/json/")),
            Map.entry("tool code, own frames", List.of("org/enhancedpractice/")),
            Map.entry("Weld (CDI)", List.of("org/jboss/weld/")),
            Map.entry("Jersey (JAX-RS)", List.of("org/glassfish/jersey/")),
            Map.entry("servlet / web container", List.of("org/apache/catalina/", "org/glassfish/web/",
                    "com/sun/enterprise/web/", "org/apache/coyote/")),
            Map.entry("Grizzly HTTP and socket I/O", List.of("org/glassfish/grizzly/")),
            Map.entry("other Payara / HK2", List.of("fish/payara/", "org/glassfish/", "com/sun/enterprise/",
                    "org/jvnet/hk2")),
            Map.entry("JVM: JIT compiler", List.of("CompileBroker", "C2Compiler", "Compile::")),
            Map.entry("JVM: garbage collector", List.of("G1", "GCTask", "ConcurrentGCThread")));

    public static void main(String[] args) throws Exception {
        Map<String, Long> bySubsystem = new LinkedHashMap<>();
        long total = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int space = line.lastIndexOf(' ');
            long count = Long.parseLong(line.substring(space + 1).trim());
            bySubsystem.merge(subsystem(line.substring(0, space)), count, Long::sum);
            total += count;
        }
        System.out.println(total + " samples");
        long all = total;
        bySubsystem.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / all));
    }

    static String subsystem(String stack) {
        if (stack.contains("jakarta/json/spi/JsonProvider.provider")) {
            return JSON_LOOKUP;
        }
        String[] frames = stack.split(";");
        for (int i = frames.length - 1; i >= 0; i--) {
            for (Map.Entry<String, List<String>> s : SUBSYSTEMS) {
                String frame = frames[i];
                if (s.getValue().stream().anyMatch(frame::contains)) {
                    return s.getKey();
                }
            }
        }
        return "other (JDK, JVM or kernel with no recognised caller)";
    }
}
