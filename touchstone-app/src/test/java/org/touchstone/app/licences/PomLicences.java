package org.touchstone.app.licences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The licences a Maven artifact declares, read from its POM in the local repository, or from its
 * parent's, and so on up, when it declares none itself (as Maven inherits them).
 */
final class PomLicences {
    private final Path repository;

    /** @param repository the local Maven repository (~/.m2/repository) */
    PomLicences(Path repository) {
        this.repository = repository;
    }

    /** The licences of groupId:artifactId:version, and the POM they were found in. */
    record Found(List<LicenceRule.Licence> licences, Path pom) {
    }

    Found of(String groupId, String artifactId, String version) {
        Path pom = repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + ".pom");
        if (!Files.isRegularFile(pom)) {
            throw new IllegalStateException("no POM for " + groupId + ":" + artifactId + ":" + version + " at " + pom);
        }
        Element project = parse(pom).getDocumentElement();
        List<LicenceRule.Licence> licences = new ArrayList<>();
        Element list = child(project, "licenses");
        if (list != null) {
            NodeList items = list.getElementsByTagName("license");
            for (int i = 0; i < items.getLength(); i++) {
                Element licence = (Element) items.item(i);
                licences.add(new LicenceRule.Licence(text(licence, "name"), text(licence, "url")));
            }
        }
        Element parent = child(project, "parent");
        if (licences.isEmpty() && parent != null) {
            return of(text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version"));
        }
        return new Found(licences, pom);
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(Files.newInputStream(pom));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }
}
