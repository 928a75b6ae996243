#include "demo/name_tables.h"

#include <algorithm>
#include <array>

namespace linli::demo {
namespace {

constexpr std::array<std::string_view, 100> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
    "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
    "薛", "闫", "段", "雷", "侯", "龙", "史", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万",
    "钱", "覃", "莫", "蒙", "严", "温", "武", "戴", "常", "孔"};

// Given-name characters by generation: born before about 1970, up to about 2000, and after.
constexpr std::array<std::string_view, 32> kMaleOld = {
    "国", "建", "华", "明", "德", "忠", "福", "荣", "成", "立", "新", "春", "金", "文", "志", "宏",
    "军", "平", "东", "海", "林", "永", "庆", "山", "富", "贵", "祥", "学", "民", "生", "才", "全"};
constexpr std::array<std::string_view, 32> kMaleMid = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "峰", "亮", "剑", "锋"};
constexpr std::array<std::string_view, 32> kMaleYoung = {
    "子", "浩", "宇", "轩", "睿", "泽", "晨", "博", "然", "梓", "一", "鸣", "家", "豪", "俊", "铭",
    "辰", "逸", "航", "奕", "宸", "昊", "锦", "熙", "瑞", "阳", "诚", "皓", "朗", "霖", "乐", "安"};
constexpr std::array<std::string_view, 32> kFemaleOld = {
    "秀", "英", "桂", "兰", "珍", "凤", "玉", "华", "淑", "芬", "梅", "琴", "云", "莲", "翠", "芳",
    "素", "彩", "春", "月", "金", "菊", "荣", "美", "爱", "香", "群", "丽", "霞", "萍", "惠", "清"};
constexpr std::array<std::string_view, 32> kFemaleMid = {
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "玲", "萍", "红", "燕", "琳", "雪", "婷", "慧",
    "颖", "洁", "梅", "倩", "丹", "蓉", "莉", "晶", "婧", "佳", "玉", "春", "晓", "虹", "薇", "媛"};
constexpr std::array<std::string_view, 32> kFemaleYoung = {
    "欣", "怡", "佳", "雨", "萱", "涵", "思", "悦", "诗", "琪", "梓", "可", "馨", "语", "若", "彤",
    "妍", "一", "诺", "晨", "嘉", "琳", "曦", "依", "子", "雅", "婉", "心", "安", "沐", "瑶", "柔"};

constexpr std::array<std::string_view, 40> kCommunityWords = {
    "和平", "新华", "建设", "文化", "民主", "团结", "光明", "幸福", "友谊", "胜利",
    "解放", "人民", "向阳", "红旗", "东风", "朝阳", "新村", "滨江", "锦绣", "花园",
    "育才", "振兴", "繁荣", "安居", "康乐", "长青", "翠苑", "金桥", "银河", "青年",
    "工农", "丰收", "永安", "长安", "新城", "北关", "南关", "东关", "西关", "阳光"};

constexpr std::array<std::string_view, 8> kSubdistrictWords = {"城东", "城西", "城南", "城北",
                                                               "城关", "新城", "滨河", "江南"};

constexpr int kOldAge = 55;
constexpr int kYoungAge = 25;

std::span<const std::string_view> GivenTable(int age, bool male) {
  if (age >= kOldAge) return male ? std::span<const std::string_view>(kMaleOld) : kFemaleOld;
  if (age >= kYoungAge) return male ? std::span<const std::string_view>(kMaleMid) : kFemaleMid;
  return male ? std::span<const std::string_view>(kMaleYoung) : kFemaleYoung;
}

}  // namespace

std::span<const std::string_view> Surnames() { return kSurnames; }

std::string PickSurname(DemoRng& rng, std::span<const std::string_view> local) {
  if (!local.empty() && rng.Percent(30)) return std::string(rng.Pick(local));
  // The smaller of two draws: common surnames come up far more often than rare ones.
  const int n = static_cast<int>(kSurnames.size());
  const int a = rng.Below(n);
  const int b = rng.Below(n);
  return std::string(kSurnames[static_cast<size_t>(std::min(a, b))]);
}

std::string PickGivenName(DemoRng& rng, int age, bool male) {
  const auto table = GivenTable(age, male);
  const int n = static_cast<int>(table.size());
  const int first = rng.Below(n);
  std::string name(table[static_cast<size_t>(first)]);
  // Single-character given names were commoner among the middle generation.
  const int two_chars_percent = age >= kOldAge ? 75 : (age >= kYoungAge ? 55 : 85);
  if (rng.Percent(two_chars_percent)) {
    // Any character but the first again: the draw skips over it.
    const int second = (first + 1 + rng.Below(n - 1)) % n;
    name += table[static_cast<size_t>(second)];
  }
  return name;
}

std::span<const std::string_view> CommunityWords() { return kCommunityWords; }
std::span<const std::string_view> SubdistrictWords() { return kSubdistrictWords; }

}  // namespace linli::demo
