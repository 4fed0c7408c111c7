package bankcore.seeder.generate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes unique, lower-case e-mail addresses that look like the ones people pick
 * ({@code anna.berg@...}, {@code aberg84@...}). Every domain is reserved for examples (RFC 2606),
 * so a seeded ledger can never hold a real person's address.
 */
final class EmailBook {

    private static final String[] PERSON_DOMAINS = {"example.com", "example.net", "example.org", "mail.example"};
    private static final String[] BUSINESS_MAILBOXES = {"info", "contact", "office", "billing", "hello"};

    private final Set<String> taken = new HashSet<>();
    private final Random random;

    EmailBook(Random random) {
        this.random = random;
    }

    String forPerson(String firstName, String lastName) {
        String first = slug(firstName, "");
        String last = slug(lastName, "");
        String local = switch (random.nextInt(5)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            case 2 -> first + "_" + last + (random.nextInt(40) + 60);
            case 3 -> first + last.charAt(0);
            default -> first + "." + last + random.nextInt(100);
        };
        return unique(local, PERSON_DOMAINS[random.nextInt(PERSON_DOMAINS.length)]);
    }

    String forBusiness(String companyName) {
        String mailbox = BUSINESS_MAILBOXES[random.nextInt(BUSINESS_MAILBOXES.length)];
        return unique(mailbox, slug(companyName, "-") + ".example");
    }

    /** The first free address: the plain one, then with a number appended to the local part. */
    private String unique(String local, String domain) {
        String candidate = local + "@" + domain;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    /** Lower-case ASCII letters and digits only: accents are dropped, other characters become the separator. */
    static String slug(String text, String separator) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", separator.isEmpty() ? "" : " ")
                .trim()
                .replace(" ", separator);
        return slug.isEmpty() ? "x" : slug;
    }
}
