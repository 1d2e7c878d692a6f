package dev.concord.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertySettingsTest {
  private final PropertySettings settings =
      new PropertySettings("x.", Map.of("x.walks", " 40 ", "x.blank", " ", "x.bad", "forty", "walks", "7")::get);

  @Test
  void readsThePrefixedKeyAndFallsBackWhenUnsetOrBlank() {
    assertThat(settings.get("walks", Integer::parseInt, 20)).isEqualTo(40);
    assertThat(settings.get("length", Integer::parseInt, 25)).isEqualTo(25);
    assertThat(settings.get("blank", Integer::parseInt, 3)).isEqualTo(3);
    assertThat(settings.optional("length", Integer::parseInt)).isEmpty();
  }

  @Test
  void aValueThatDoesNotParseIsRefusedWithItsNameAndValue() {
    assertThatThrownBy(() -> settings.get("bad", Integer::parseInt, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.bad=forty");
  }

  @Test
  void aChoiceIsReadByItsNameAndAnUnknownNameIsRefusedWithTheNamesThatAre() {
    Map<String, Integer> choices = Map.of("forty", 40, "seven", 7);
    assertThat(settings.choice("bad", choices, 1)).isEqualTo(40);
    assertThat(settings.choice("length", choices, 1)).isEqualTo(1);
    assertThatThrownBy(() -> settings.choice("walks", choices, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.walks= 40 ")
        .hasMessageContaining("[forty, seven]");
  }
}
