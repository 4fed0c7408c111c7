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

    /** Loading the dictionaries takes seconds, so it is done once per process. */
    private static final class DefaultDictionaries {
        static final List<Dictionary> ALL = ConfigurationBuilder.getDefaultDictionaries();
    }

    /** Loads the dictionaries now, so the first registration does not wait for them. */
    public NbvcxzPasswordPolicy() {
        DefaultDictionaries.ALL.size();
    }

    @Override
    public Optional<String> weakness(char[] password, List<String> personalWords) {
        List<Dictionary> dictionaries = new ArrayList<>(DefaultDictionaries.ALL);
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
