"""A tiny Java stand-in for LanguageTool's server jar, so the local mode runs for real in tests.

LanguageTool itself cannot be downloaded here, but Java can run a class with LanguageTool's name
(``org.languagetool.server.HTTPServer``) from a ``languagetool-server.jar`` in the folder
language_tool_python looks in. language_tool_python then starts, waits for and stops it exactly
as it would the real server. Being Java, its offsets are real UTF-16 code units.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

JAVA_SOURCE = r"""
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

public class HTTPServer {
  public static void main(String[] args) throws Exception {
    if (System.getenv("FAKE_LT_BROKEN") != null) {
      System.exit(3);  // like a LanguageTool that cannot start
    }
    int port = 8081;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("-p") || args[i].equals("--port")) port = Integer.parseInt(args[i + 1]);
    }
    // Like LanguageTool without --public: only this computer may connect.
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/v2/healthcheck", ex -> send(ex, "OK"));
    server.createContext("/v2/languages", ex -> send(ex,
        "[{\"name\":\"Dutch\",\"code\":\"nl\",\"longCode\":\"nl\"},"
        + "{\"name\":\"Dutch (Belgium)\",\"code\":\"nl\",\"longCode\":\"nl-BE\"}]"));
    server.createContext("/v2/check", ex -> send(ex, check(form(ex, "text"))));
    server.start();
  }

  static String form(HttpExchange ex, String key) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(key)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  static String check(String text) {
    StringBuilder json = new StringBuilder("{\"matches\":[");
    int at = text.indexOf("dinsdg");  // String.indexOf counts UTF-16 code units
    while (at >= 0) {
      if (json.charAt(json.length() - 1) == '}') json.append(',');
      json.append("{\"message\":\"Mogelijke spelfout gevonden.\",\"offset\":").append(at)
          .append(",\"length\":6,\"replacements\":[{\"value\":\"dinsdag\"}],")
          .append("\"context\":{\"text\":\"dinsdg\",\"offset\":0,\"length\":6},")
          .append("\"rule\":{\"id\":\"MORFOLOGIK_RULE_NL_NL\",\"description\":\"Spelfout\",")
          .append("\"issueType\":\"misspelling\",\"category\":{\"id\":\"TYPOS\",\"name\":\"T\"}}}");
      at = text.indexOf("dinsdg", at + 1);
    }
    return json.append("]}").toString();
  }

  static void send(HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
"""


def javac_available() -> bool:
    return shutil.which("javac") is not None and shutil.which("java") is not None


def build_fake_install(download_folder: Path, version: str) -> Path:
    """Compile the stand-in into ``<download_folder>/LanguageTool-<version>/``; returns the jar."""
    work = download_folder / "_build"
    source = work / "org" / "languagetool" / "server" / "HTTPServer.java"
    source.parent.mkdir(parents=True)
    source.write_text(JAVA_SOURCE, encoding="utf-8")
    classes = work / "classes"
    subprocess.run(
        ["javac", "-d", str(classes), str(source)], check=True, capture_output=True, timeout=120
    )
    install = download_folder / f"LanguageTool-{version}"
    install.mkdir(parents=True)
    jar = install / "languagetool-server.jar"
    with zipfile.ZipFile(jar, "w") as archive:
        for path in classes.rglob("*.class"):
            archive.write(path, path.relative_to(classes).as_posix())
    shutil.rmtree(work)
    return jar
