package dev.concord.books;

import dev.concord.books.catalogue.Catalogue;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small hand-made catalogue and shelves for the books tests. */
public final class Fixtures {
  private Fixtures() {}

  /** title, author, tag per row; row ids are row numbers. */
  public static final String[][] ROWS = {
      {"La Sombra del viento", "Ruiz Zafón, Carlos, 1964-2020", "N Rui"},
      {"La Sombra del viento", "Ruiz Zafón, Carlos, 1964-2020", "N Rui"},
      {"El Juego del ángel", "Ruiz Zafón, Carlos, 1964-2020", "N Rui"},
      {"Història de Catalunya", "Vilar, Pierre, 1906-2003", "9(46.71) Vil"},
      {"Cien años de soledad", "García Márquez, Gabriel, 1927-2014", "N Gar"},
      {"Roma : guía visual", "", "91(026)(45) Rom"},
      {"Diccionari alemany-català", "", "442(03) Dic"},
      {"Diccionari català-alemany", "", "442(03) Dic"},
      {"Memoria", "Baddeley, Alan", "153 Bad"},
      {"The Lie tree", "Hardinge, Frances", "JNE Har"},
      {"Frida Kahlo : una biografía", "Prignitz-Poda, Helga", "92(Kah) Pri"},
      {"Ciencia : la guía visual definitiva", "", "5/6(09) Cie"},
  };

  public static Corpus catalogueCorpus() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < ROWS.length; i++) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("title", ROWS[i][0]);
      f.put("author", ROWS[i][1]);
      f.put("tag", ROWS[i][2]);
      f.put("series", "");
      f.put("isbn", "");
      items.add(Item.row("catalogue", Integer.toString(i), f));
    }
    return new Corpus("catalogue", List.of("title", "author", "tag", "series", "isbn"), items);
  }

  public static Catalogue catalogue() {
    return Catalogue.of(catalogueCorpus());
  }

  /** Spines as (shelf, id, ocr) triples. */
  public static Corpus spines(String[][] shelfIdOcr) {
    List<Item> items = new ArrayList<>();
    for (String[] s : shelfIdOcr) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("shelf", s[0]);
      items.add(new Item(s[1], "segments", ItemKind.SPINE, f, s[2]));
    }
    return new Corpus("segments", List.of("shelf"), items);
  }
}
