package dev.contextpack.report;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Doxia sink events the report uses. Text is written in the model's own light markup
 * (the rules and findings already put code names in backticks): {@code `code`}, {@code **strong**} and
 * {@code [text](#anchor)}; everything else is plain text, escaped by the sink.
 */
final class ReportSink {

    private static final Pattern MARKUP = Pattern.compile("`([^`]*)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

    private final Sink sink;

    ReportSink(Sink sink) {
        this.sink = sink;
    }

    Sink sink() {
        return sink;
    }

    /** Opens a section with a title and an anchor other parts of the page link to; close it with {@link #sectionEnd}. */
    void section(int level, String anchor, String title) {
        sink.section(level, null);
        if (anchor != null) {
            sink.anchor(anchor);
            sink.anchor_();
        }
        sink.sectionTitle(level, null);
        sink.text(title);
        sink.sectionTitle_(level);
    }

    void sectionEnd(int level) {
        sink.section_(level);
    }

    void paragraph(String markup) {
        sink.paragraph();
        inline(markup);
        sink.paragraph_();
    }

    void list(List<String> items) {
        if (items.isEmpty()) return;
        sink.list();
        for (String item : items) {
            sink.listItem();
            inline(item);
            sink.listItem_();
        }
        sink.list_();
    }

    /** A table with a header row; each cell in the light markup. */
    void table(List<String> headers, List<List<String>> rows) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String h : headers) {
            sink.tableHeaderCell();
            sink.text(h);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (List<String> row : rows) {
            sink.tableRow();
            for (String cell : row) {
                sink.tableCell();
                inline(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    /** Writes HTML as it is: the caller escapes what it puts in. */
    void raw(String html) {
        sink.rawText(html);
    }

    void inline(String markup) {
        if (markup == null || markup.isEmpty()) return;
        Matcher m = MARKUP.matcher(markup);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) sink.text(markup.substring(at, m.start()));
            if (m.group(1) != null) {
                styled(m.group(1), SinkEventAttributeSet.Semantics.CODE);
            } else if (m.group(2) != null) {
                sink.inline(SinkEventAttributeSet.Semantics.STRONG);
                inline(m.group(2));
                sink.inline_();
            } else {
                sink.link(m.group(4));
                inline(m.group(3));
                sink.link_();
            }
            at = m.end();
        }
        if (at < markup.length()) sink.text(markup.substring(at));
    }

    private void styled(String text, SinkEventAttributes style) {
        sink.inline(style);
        sink.text(text);
        sink.inline_();
    }

    /** Text for an HTML element's content written with {@link #raw}. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
