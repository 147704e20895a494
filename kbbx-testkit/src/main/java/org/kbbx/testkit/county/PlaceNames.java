package org.kbbx.testkit.county;

import java.util.List;

/** Syllable tables for synthetic place names: tables as data, combined by index. */
final class PlaceNames {

  private static final List<String> FIRST = List.of(
      "河", "石", "龙", "松", "白", "青", "马", "杨", "柳", "金", "银", "双", "新", "平", "高", "花", "桃", "竹", "兴",
      "安", "长", "乐", "凤", "云", "水", "黑", "红", "大", "小", "东");
  private static final List<String> SECOND = List.of(
      "坝", "桥", "山", "林", "溪", "沟", "坪", "寨", "湾", "岭", "场", "口", "田", "塘", "冲", "箐", "岩", "坡", "井",
      "关");

  private PlaceNames() {}

  /** Returns a two-syllable stem, distinct for indexes below 600. */
  static String stem(int index) {
    int i = Math.floorMod(index, FIRST.size() * SECOND.size());
    return FIRST.get(i % FIRST.size()) + SECOND.get(i / FIRST.size());
  }
}
