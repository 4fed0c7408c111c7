package bankcore.security.bcrypt;

import bankcore.core.port.out.PasswordPolicy;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The core's password policy on nbvcxz (a maintained zxcvbn port with lists of common and leaked
 * passwords, names and words): a password is refused when an attacker would find it within about
 * a million guesses, trying common passwords, keyboard walks, repeats, sequences, dates and the
 * owner's own name and e-mail first. There are no composition rules.
 */
public final class NbvcxzPasswordPolicy implements PasswordPolicy {

    /** log2 of a million guesses: what an online attacker gets through in days, an offline one at once. */
    static final double MINIMUM_ENTROPY_BITS = 20;
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Loading the dictionaries takes seconds, so it is done once per process, by the first policy made. */
    private static final class DefaultDictionaries {
        static final CompletableFuture<List<Dictionary>> ALL = inBackground(ConfigurationBuilder::getDefaultDictionaries);
    }

    private final CompletableFuture<List<Dictionary>> common;

    /**
     * Starts loading the dictionaries on a thread of their own and returns at once, so a server that makes
     * its policy at start answers sooner (about 2 s here); the first password judged waits for them if it
     * comes before they are ready.
     */
    public NbvcxzPasswordPolicy() {
        this(DefaultDictionaries.ALL);
    }

    NbvcxzPasswordPolicy(CompletableFuture<List<Dictionary>> common) {
        this.common = common;
    }

    static CompletableFuture<List<Dictionary>> inBackground(Supplier<List<Dictionary>> load) {
        CompletableFuture<List<Dictionary>> loaded = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loaded.complete(load.get());
            } catch (RuntimeException | Error failed) {
                loaded.completeExceptionally(failed);
            }
        }, "password-dictionaries");
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    @Override
    public Optional<String> weakness(char[] password, List<String> personalWords) {
        List<Dictionary> dictionaries = new ArrayList<>(common.join());
        dictionaries.add(personal(personalWords));
        Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MINIMUM_ENTROPY_BITS)
                .createConfiguration());
        Result result = estimator.estimate(new String(password));
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        String warning = result.getFeedback().getWarning();
        return Optional.of((warning == null ? "it is a common pattern." : warning)
                + " Use a longer phrase of several unrelated words; no special characters are needed.");
    }

    /** The owner's name and e-mail, whole and word by word, as words an attacker tries first. */
    private static Dictionary personal(List<String> personalWords) {
        DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName("personal").setExclusion(false);
        int rank = 1;
        for (String text : personalWords) {
            String lower = text.toLowerCase(Locale.ROOT);
            builder.addWord(lower, rank++);
            for (String word : WORD_SEPARATORS.split(lower)) {
                if (word.length() >= 3) {
                    builder.addWord(word, rank++);
                }
            }
        }
        return builder.createDictionary();
    }
}
