package bankcore.seeder;

/** {@code java -jar seeder.jar --help}. */
public final class SeederMain {

    private SeederMain() {
    }

    public static void main(String[] args) {
        System.exit(SeedCommand.commandLine().execute(args));
    }
}
