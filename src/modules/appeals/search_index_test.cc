#include "modules/appeals/search_index.h"

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/runtime.h"
#include "demo/demo_seed.h"

namespace linli::appeals {
namespace {

// A migrated, seeded data directory; appeals are written straight into the table, as an intake
// commits them, and the index is filled by IndexPending as the indexer thread would.
class SearchIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("linli-search-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    auto rt = app::Open(dir_.string(), /*demo=*/true);
    ASSERT_TRUE(rt.ok());
    rt_ = std::move(*rt);
    app::Migrate(*rt_);
    ASSERT_TRUE(demo::Seed(*rt_->services, rt_->modules).ok());
  }
  void TearDown() override {
    rt_.reset();
    std::filesystem::remove_all(dir_);
  }

  store::Connection& C() { return rt_->db->Conn(); }

  int64_t Raise(const std::string& description) {
    const auto place = C().QueryOne(
        "SELECT p.id, p.area_id, a.path FROM persons p JOIN areas a"
        " ON a.id = p.area_id ORDER BY p.id LIMIT 1");
    return C()
        .Query(
            "INSERT INTO appeals (channel, category, urgency, description, area_id, area_path,"
            " resident_id, state, created_at, updated_at) VALUES ('desk', 'ordinary',"
            " 'normal', ?, ?, ?, ?, 'received', 0, 0) RETURNING id",
            {description, place->Int(1), place->Text(2), place->Int(0)})
        .front()
        .Int(0);
  }

  std::vector<int64_t> Search(std::string_view q) {
    const SearchCondition text = ContainingText(q);
    std::vector<int64_t> ids;
    for (const auto& r : C().Query(
             "SELECT a.id FROM appeals a WHERE " + text.sql + " ORDER BY a.id", text.params)) {
      ids.push_back(r.Int(0));
    }
    return ids;
  }

  int64_t Index(int64_t batch) {
    store::Tx tx(C(), store::Tx::kWrite);
    const int64_t n = IndexPending(C(), batch);
    tx.Commit();
    return n;
  }

  std::filesystem::path dir_;
  std::unique_ptr<app::Runtime> rt_;
};

TEST_F(SearchIndexTest, FindsAnAppealBeforeAndAfterItIsIndexed) {
  Index(1'000'000);  // whatever the seed raised
  const int64_t leak = Raise("楼道灯不亮，晚上看不清");
  const int64_t smell = Raise("垃圾堆放有异味");
  EXPECT_EQ(Search("楼道灯"), std::vector<int64_t>{leak});  // above the index: scanned
  EXPECT_EQ(C().QueryInt("SELECT count(*) FROM appeals_fts WHERE rowid >= ?", {leak}), 0);

  EXPECT_EQ(Index(1), 1);  // a batch at a time, in id order
  EXPECT_EQ(C().QueryInt("SELECT max(rowid) FROM appeals_fts"), leak);
  EXPECT_EQ(Search("楼道灯"), std::vector<int64_t>{leak});   // from the index now
  EXPECT_EQ(Search("有异味"), std::vector<int64_t>{smell});  // still scanned

  EXPECT_EQ(Index(10), 1);
  EXPECT_EQ(Index(10), 0);
  EXPECT_EQ(Search("有异味"), std::vector<int64_t>{smell});  // once, not from both halves
  EXPECT_TRUE(Search("不存在的内容").empty());
  EXPECT_EQ(C().QueryInt("SELECT count(*) FROM appeals_fts"),
            C().QueryInt("SELECT count(*) FROM appeals"));
}

TEST_F(SearchIndexTest, QuotesAndLikeWildcardsAreText) {
  const int64_t quoted = Raise("门口贴了\"停车\"告示，100%_占用");
  const int64_t plain = Raise("门口贴了停车告示，100占用");
  for (int pass = 0; pass < 2; ++pass) {  // scanned, then indexed
    EXPECT_EQ(Search("\"停车\""), std::vector<int64_t>{quoted}) << pass;
    EXPECT_EQ(Search("100%_"), std::vector<int64_t>{quoted}) << pass;
    EXPECT_EQ(Search("停车告示"), std::vector<int64_t>{plain}) << pass;
    Index(1'000'000);
  }
}

}  // namespace
}  // namespace linli::appeals
