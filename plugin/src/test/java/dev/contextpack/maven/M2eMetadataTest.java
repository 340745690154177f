package dev.contextpack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Eclipse m2e reads META-INF/m2e/lifecycle-mapping-metadata.xml from the plugin jar: one mapping per goal. */
class M2eMetadataTest {

    @Test
    void everyGoalHasAnActionAndGenerateRunsOnlyOnConfiguration() throws Exception {
        Document xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "the metadata is on the plugin's class path");
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, Element> actions = new TreeMap<>();
        NodeList executions = xml.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element action = (Element) execution.getElementsByTagName("action").item(0);
            NodeList goals = execution.getElementsByTagName("goal");
            for (int g = 0; g < goals.getLength(); g++) actions.put(goals.item(g).getTextContent().trim(), action);
        }
        assertEquals(goalsOfThePlugin(), actions.keySet(), "every goal of the plugin is mapped, and only those");
        Element execute = (Element) actions.get("generate").getElementsByTagName("execute").item(0);
        assertNotNull(execute);
        assertEquals("false", execute.getElementsByTagName("runOnIncremental").item(0).getTextContent().trim());
        assertEquals("true", execute.getElementsByTagName("runOnConfiguration").item(0).getTextContent().trim());
        assertEquals(1, actions.get("check").getElementsByTagName("ignore").getLength());
        assertEquals(1, actions.get("aggregate").getElementsByTagName("ignore").getLength(), "a command-line goal over the whole reactor");
    }

    /** The goals maven-plugin-plugin wrote into the descriptor (target/classes/META-INF/maven/plugin.xml). */
    private java.util.Set<String> goalsOfThePlugin() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is generated at process-classes");
            NodeList goals = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("goal");
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (int i = 0; i < goals.getLength(); i++) {
                if (goals.item(i).getParentNode().getNodeName().equals("mojo")) names.add(goals.item(i).getTextContent().trim());
            }
            return names;
        }
    }
}
