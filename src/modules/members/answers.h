// The shapes of the members module's answers, declared once (http/shape.h): the JSON of a
// member, a transfer, the dues, the roster and the cards, and their OpenAPI components, come
// from these structs. An answer views the record it is made from, which must outlive it; the
// links it builds it holds itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/shape.h"
#include "modules/areas/area_ref.h"
#include "modules/members/cards.h"
#include "modules/members/dues.h"
#include "modules/members/forms.h"
#include "modules/members/member.h"
#include "modules/members/roster.h"
#include "modules/members/rules.h"
#include "modules/members/transfers.h"
#include "modules/members/vocabulary.h"
#include "modules/orgs/answers.h"
#include "modules/orgs/org.h"

namespace linli::members {

namespace shape = http::shape;

constexpr std::string_view kDateDoc = "a date, YYYY-MM-DD";
constexpr std::string_view kMonthDoc = "a month, YYYY-MM";

using IdName = shape::IdName;

// A person's area; its name and kind are null when the area is gone.
struct PersonArea {
  int64_t id = 0;
  std::optional<std::string_view> name;
  std::optional<std::string_view> kind;
  std::string_view path;
};
BOOST_DESCRIBE_STRUCT(PersonArea, (), (id, name, kind, path))

struct MemberOrg {
  int64_t id = 0;
  std::string_view name;
  std::string_view kind;
};
BOOST_DESCRIBE_STRUCT(MemberOrg, (), (id, name, kind))

struct WorkUnitRef {
  int64_t id = 0;
  std::string_view name;
  IdName org;
};
BOOST_DESCRIBE_STRUCT(WorkUnitRef, (), (id, name, org))

struct ProfileAnswer {
  std::optional<std::string_view> applied_on;
  std::optional<std::string_view> full_on;
  std::optional<std::string_view> post;
  std::optional<shape::OneOf<&Educations>> education;
  bool mobile = false;
  std::optional<std::string_view> mobile_to;
  std::optional<std::string_view> mobile_since;
  std::optional<WorkUnitRef> unit;
  static constexpr shape::Doc kDocs[] = {{"applied_on", kDateDoc},
                                         {"full_on", kDateDoc},
                                         {"mobile_to", "where a mobile member is"},
                                         {"mobile_since", kDateDoc}};
};
BOOST_DESCRIBE_STRUCT(ProfileAnswer, (),
                      (applied_on, full_on, post, education, mobile, mobile_to, mobile_since, unit))

struct DuesBasisAnswer {
  static constexpr std::string_view kSchemaName = "DuesBasis";
  std::string_view from_month;
  shape::OneOf<&DuesCategories> category;
  int64_t income_fen = 0;
  int64_t monthly_due_fen = 0;
  static constexpr shape::Doc kDocs[] = {
      {"from_month", kMonthDoc},
      {"income_fen", "monthly income (after tax) or pension, in fen"},
      {"monthly_due_fen", "the monthly dues it gives, in fen"}};
};
BOOST_DESCRIBE_STRUCT(DuesBasisAnswer, (), (from_month, category, income_fen, monthly_due_fen))

// The masked person with the membership, its organisation, the profile and the dues basis in
// effect this month.
struct MemberAnswer {
  static constexpr std::string_view kSchemaName = "Member";
  int64_t id = 0;
  std::string_view name;
  std::optional<std::string_view> gender;
  std::optional<std::string_view> birth_date;
  std::optional<std::string_view> id_number;
  std::optional<std::string_view> phone;
  std::optional<std::string_view> address;
  shape::Time created_at;
  shape::Time updated_at;
  std::optional<PersonArea> area;
  int64_t org_id = 0;
  shape::OneOf<&MembershipStatuses> status;
  std::optional<std::string_view> joined_on;
  shape::Time member_since;
  std::optional<std::string_view> admitted_on;
  MemberOrg org;
  ProfileAnswer profile;
  std::optional<DuesBasisAnswer> dues_basis;
  static constexpr shape::Doc kDocs[] = {{"gender", "male or female"},
                                         {"birth_date", kDateDoc},
                                         {"id_number", "masked: first 6 and last 4"},
                                         {"phone", "masked"},
                                         {"joined_on", kDateDoc},
                                         {"admitted_on", kDateDoc}};
};
BOOST_DESCRIBE_STRUCT(MemberAnswer, (),
                      (id, name, gender, birth_date, id_number, phone, address, created_at,
                       updated_at, area, org_id, status, joined_on, member_since, admitted_on, org,
                       profile, dues_basis))

struct TransferAnswer {
  static constexpr std::string_view kSchemaName = "Transfer";
  int64_t id = 0;
  IdName member;
  IdName from_org;
  IdName to_org;
  std::optional<int64_t> months_away;
  shape::OneOf<&Letters> letter;
  std::optional<std::string_view> letter_no;
  std::string_view reason;
  shape::OneOf<&TransferStates> status;
  std::optional<std::string_view> refusal_reason;
  std::optional<std::string_view> cancel_reason;
  std::string_view issued_by;
  shape::Time issued_at;
  std::optional<std::string_view> decided_by;
  std::optional<shape::Time> decided_at;
  static constexpr shape::Doc kDocs[] = {{"months_away", "null: for good"}};
};
BOOST_DESCRIBE_STRUCT(TransferAnswer, (),
                      (id, member, from_org, to_org, months_away, letter, letter_no, reason, status,
                       refusal_reason, cancel_reason, issued_by, issued_at, decided_by, decided_at))

struct PaymentAnswer {
  static constexpr std::string_view kSchemaName = "DuesPayment";
  int64_t id = 0;
  IdName member;
  int64_t org_id = 0;
  std::string_view month;
  int64_t due_fen = 0;
  int64_t amount_fen = 0;
  std::string_view paid_on;
  std::optional<std::string_view> note;
  std::string_view recorded_by;
  shape::Time recorded_at;
  static constexpr shape::Doc kDocs[] = {{"month", kMonthDoc},
                                         {"due_fen", "the month's dues when recorded, in fen"},
                                         {"amount_fen", "paid, in fen"},
                                         {"paid_on", kDateDoc}};
};
BOOST_DESCRIBE_STRUCT(PaymentAnswer, (),
                      (id, member, org_id, month, due_fen, amount_fen, paid_on, note, recorded_by,
                       recorded_at))

struct DuesTotalsAnswer {
  static constexpr std::string_view kSchemaName = "DuesTotals";
  int64_t due_fen = 0;
  int64_t paid_fen = 0;
  int64_t owed_fen = 0;
  int64_t months_owed = 0;
  int64_t months_without_basis = 0;
  static constexpr shape::Doc kDocs[] = {{"due_fen", "dues of the months with a basis, in fen"},
                                         {"paid_fen", "paid for months of the period, in fen"},
                                         {"owed_fen", "dues of the months owed, in fen"}};
};
BOOST_DESCRIBE_STRUCT(DuesTotalsAnswer, (),
                      (due_fen, paid_fen, owed_fen, months_owed, months_without_basis))

struct PaymentsLink {
  std::string payments;
};
BOOST_DESCRIBE_STRUCT(PaymentsLink, (), (payments))

struct DuesMonthAnswer {
  std::string_view month;
  shape::OneOf<&DuesMonthStates> state;
  std::optional<DuesBasisAnswer> basis;
  std::optional<PaymentAnswer> payment;
};
BOOST_DESCRIBE_STRUCT(DuesMonthAnswer, (), (month, state, basis, payment))

// A member's dues month by month.
struct MemberDuesAnswer {
  static constexpr std::string_view kSchemaName = "MemberDues";
  IdName member;
  std::string_view from;
  std::string_view to;
  std::vector<DuesMonthAnswer> months;
  DuesTotalsAnswer totals;
  PaymentsLink links;
  static constexpr shape::Doc kDocs[] = {{"from", kMonthDoc}, {"to", kMonthDoc}};
};
BOOST_DESCRIBE_STRUCT(MemberDuesAnswer, (), (member, from, to, months, totals, links))

struct ArrearsMemberAnswer {
  IdName member;
  IdName org;
  DuesTotalsAnswer totals;
  std::string link;
};
BOOST_DESCRIBE_STRUCT(ArrearsMemberAnswer, (), (member, org, totals, link))

// An organisation's arrears for a period.
struct ArrearsAnswer {
  static constexpr std::string_view kSchemaName = "DuesArrears";
  IdName org;
  std::string_view from;
  std::string_view to;
  int64_t members_counted = 0;
  DuesTotalsAnswer totals;
  std::vector<ArrearsMemberAnswer> members;
  PaymentsLink links;
  static constexpr shape::Doc kDocs[] = {{"from", kMonthDoc}, {"to", kMonthDoc}};
};
BOOST_DESCRIBE_STRUCT(ArrearsAnswer, (), (org, from, to, members_counted, totals, members, links))

// A page of payments, with the sum over every matching row.
struct PaymentPageAnswer : shape::PageOf<PaymentAnswer> {
  int64_t amount_fen = 0;
};
BOOST_DESCRIBE_STRUCT(PaymentPageAnswer, (shape::PageOf<PaymentAnswer>), (amount_fen))

// A row of the roster: the member, with the community of a confirmed report-in.
struct RosterRowAnswer : MemberAnswer {
  static constexpr std::string_view kSchemaName = "RosterRow";
  std::optional<std::string_view> reported_in_to;
  std::optional<std::string_view> receipt_no;
};
BOOST_DESCRIBE_STRUCT(RosterRowAnswer, (MemberAnswer), (reported_in_to, receipt_no))

struct RosterAnswer {
  static constexpr std::string_view kSchemaName = "MemberRoster";
  orgs::OrgAnswer org;
  int64_t total = 0;
  bool truncated = false;
  std::vector<RosterRowAnswer> rows;
  shape::Time generated_at;
  std::string_view source;
};
BOOST_DESCRIBE_STRUCT(RosterAnswer, (), (org, total, truncated, rows, generated_at, source))

struct AttendanceAnswer {
  int64_t present = 0;
  int64_t absent = 0;
  int64_t excused = 0;
};
BOOST_DESCRIBE_STRUCT(AttendanceAnswer, (), (present, absent, excused))

struct CardReportIn {
  std::optional<std::string_view> community;
  std::optional<std::string_view> receipt_no;
};
BOOST_DESCRIBE_STRUCT(CardReportIn, (), (community, receipt_no))

struct CardService {
  int64_t records = 0;
  double hours = 0;
};
BOOST_DESCRIBE_STRUCT(CardService, (), (records, hours))

struct CardDues {
  int64_t due_fen = 0;
  int64_t paid_fen = 0;
  int64_t owed_fen = 0;
  int64_t months_owed = 0;
  std::string link;
};
BOOST_DESCRIBE_STRUCT(CardDues, (), (due_fen, paid_fen, owed_fen, months_owed, link))

struct CardLinks {
  std::string service;
  std::string transfers;
};
BOOST_DESCRIBE_STRUCT(CardLinks, (), (service, transfers))

// The member card (党员登记卡) of a year.
struct MemberCardAnswer {
  static constexpr std::string_view kSchemaName = "MemberCard";
  MemberAnswer member;
  int64_t year = 0;
  CardReportIn report_in;
  CardService service;
  AttendanceAnswer org_life;
  std::optional<std::string_view> appraisal;
  std::vector<TransferAnswer> transfers;
  CardDues dues;
  CardLinks links;
};
BOOST_DESCRIBE_STRUCT(MemberCardAnswer, (),
                      (member, year, report_in, service, org_life, appraisal, transfers, dues,
                       links))

struct CountsAnswer {
  int64_t members = 0;
  int64_t full = 0;
  int64_t probationary = 0;
};
BOOST_DESCRIBE_STRUCT(CountsAnswer, (), (members, full, probationary))

struct CardMeeting {
  int64_t id = 0;
  std::string_view kind;
  std::string_view held_on;
  std::string_view topic;
  bool valid = false;
  AttendanceAnswer attendance;
  std::string link;
  static constexpr shape::Doc kDocs[] = {{"held_on", kDateDoc}};
};
BOOST_DESCRIBE_STRUCT(CardMeeting, (), (id, kind, held_on, topic, valid, attendance, link))

// The organisation activity card (党组织活动登记卡) of a year.
struct OrgCardAnswer {
  static constexpr std::string_view kSchemaName = "OrgActivityCard";
  orgs::OrgAnswer org;
  int64_t year = 0;
  CountsAnswer members;
  CountsAnswer members_with_below;
  std::vector<CardMeeting> meetings;
};
BOOST_DESCRIBE_STRUCT(OrgCardAnswer, (), (org, year, members, members_with_below, meetings))

DuesBasisAnswer AnswerOf(const DuesBasis& b);
MemberAnswer AnswerOf(const MemberView& v);
TransferAnswer AnswerOf(const Transfer& t);
PaymentAnswer AnswerOf(const Payment& p);
DuesTotalsAnswer AnswerOf(const DuesTotals& t);
MemberDuesAnswer AnswerOf(const MemberDues& d);
ArrearsAnswer AnswerOf(const OrgArrears& a);
RosterAnswer AnswerOf(const Roster& r);
MemberCardAnswer AnswerOf(const MemberCard& card);
OrgCardAnswer AnswerOf(const OrgCard& card);

// The JSON text of the answer of `v` (one of the records above).
template <class T>
std::string AnswerJson(const T& v) {
  return shape::JsonOf(AnswerOf(v), 1024);
}

}  // namespace linli::members
