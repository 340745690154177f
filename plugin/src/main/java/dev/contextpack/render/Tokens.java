package dev.contextpack.render;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an agent pays to read each file: tokens counted with a real tokenizer (jtokkit's
 * {@code o200k_base}, the encoding of OpenAI's GPT-4o and later models; other models' tokenizers
 * differ by some percent). Counts go to the build log and the manifest, never into the pages: a
 * tokenizer update would otherwise rewrite every page.
 */
public final class Tokens {

    public static final String ENCODING = "o200k_base";
    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private Tokens() {
    }

    /** Tokens of a text; special tokens such as {@code <|endoftext|>} count as ordinary text. */
    public static int count(String text) {
        return O200K.countTokensOrdinary(text);
    }

    /** Tokens of each file, by path. */
    public static Map<String, Integer> of(List<PackFile> files) {
        Map<String, Integer> counts = new TreeMap<>();
        for (PackFile file : files) counts.put(file.path(), count(file.content()));
        return counts;
    }
}
