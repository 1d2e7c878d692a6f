package dev.concord.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsFolderTest {
  @TempDir Path tmp;

  @Test
  void namesAreTakenInsideTheFolderWhichIsCreated() throws Exception {
    JobsFolder folder = JobsFolder.at(tmp.resolve("data/jobs"));
    assertThat(folder.root()).isDirectory();
    Path a = Files.writeString(folder.root().resolve("a.csv"), "id,name\n1,x\n");
    assertThat(folder.resolve("a.csv")).isEqualTo(a);
    assertThat(folder.resolve(a.toString())).isEqualTo(a);
    assertThat(folder.resolve("sub/../a.csv")).isEqualTo(a);
    assertThat(folder.resolve("not-yet.csv")).isEqualTo(folder.root().resolve("not-yet.csv"));
  }

  @Test
  void namesLeadingOutOfTheFolderAreRefusedWithTheFolderNamed() throws Exception {
    JobsFolder folder = JobsFolder.at(tmp.resolve("jobs"));
    Files.writeString(tmp.resolve("secret.csv"), "id\n1\n");
    for (String name : new String[] {"../secret.csv", tmp.resolve("secret.csv").toString(), "/etc/passwd", "a/../../secret.csv"}) {
      assertThatThrownBy(() -> folder.resolve(name)).isInstanceOf(JobsFolder.OutsideFolder.class)
          .hasMessageContaining(name).hasMessageContaining(folder.root().toString());
    }
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsRefused() throws Exception {
    JobsFolder folder = JobsFolder.at(tmp.resolve("jobs"));
    Path secret = Files.writeString(tmp.resolve("secret.csv"), "id\n1\n");
    Files.createSymbolicLink(folder.root().resolve("link.csv"), secret);
    assertThatThrownBy(() -> folder.resolve("link.csv")).isInstanceOf(JobsFolder.OutsideFolder.class);
  }
}
