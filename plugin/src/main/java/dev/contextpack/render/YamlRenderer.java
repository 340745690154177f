package dev.contextpack.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.contextpack.model.Cascade;
import dev.contextpack.model.ContextPack;

import java.util.List;

/**
 * The machine-readable pack. Jackson YAML would fold long strings and start with {@code ---};
 * both are turned off so the file is stable and diff-friendly. Order is the model's order, which
 * the model builder sorts; empty values are left out.
 */
public final class YamlRenderer {

    public static final String FILE = "context-pack.yaml";

    private final ObjectMapper mapper;

    public YamlRenderer() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        mapper = new ObjectMapper(factory)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(Cascade.class, CascadeAlwaysWritten.class)
                .addMixIn(ContextPack.class, FormatVersionAlwaysWritten.class);
    }

    /** A reader checks the format version first: it is always there. */
    private abstract static class FormatVersionAlwaysWritten {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract String formatVersion();
    }

    /** "No cascade means no cascade": an empty operation list is written, not left out. */
    private abstract static class CascadeAlwaysWritten {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<String> operations();
    }

    public PackFile render(ContextPack pack, Header header) {
        try {
            String body = mapper.writeValueAsString(pack).replace("\r\n", "\n");
            String comment = "# " + header.text() + "\n"
                    + "# Provenance of each object: verified = Hibernate ORM's boot model; annotation = bytecode only;\n"
                    + "# config = a settings file or plugin parameter; derived = computed by context-pack from other facts.\n";
            return new PackFile(FILE, comment + body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the YAML pack: " + e.getMessage(), e);
        }
    }
}
