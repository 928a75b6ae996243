// Forms of the members module: raw JSON in, validated structs out; a failure names the field.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/field.h"
#include "core/result.h"

namespace linli::members {

// A field of a partial update: absent (given false), cleared (given, no value) or set.
template <class T>
struct Patch {
  bool given = false;
  std::optional<T> value;
};

struct ProfileForm {
  Patch<std::string> applied_on;
  Patch<std::string> admitted_on;  // the membership's admission date (orgs' joined_on)
  Patch<std::string> full_on;
  Patch<int64_t> unit_id;
  Patch<std::string> post;
  Patch<std::string> education;
  std::optional<bool> mobile;
  Patch<std::string> mobile_to;
  Patch<std::string> mobile_since;
};

struct ConvertForm {
  std::string full_on;
};

struct TransferForm {
  int64_t person_id = 0;
  int64_t to_org_id = 0;
  std::optional<int64_t> months_away;  // none: for good
  std::string reason;
};

struct ReasonForm {
  std::string reason;
};

struct BasisForm {
  std::string from_month;
  std::string category;
  int64_t income_fen = 0;
};

struct PaymentForm {
  std::string month;
  std::optional<int64_t> amount_fen;   // defaults to the month's dues
  std::optional<std::string> paid_on;  // defaults to today
  std::optional<std::string> note;
};

std::span<const std::string_view> Educations();
// The body of a refusal or a cancellation: the reason, one line.
std::span<const Field> ReasonFields();
// The fields of the profile PATCH, the conversion, the transfer and the dues basis, as the forms
// read them and the routes document them. A payment's note may be empty, which a field cannot
// say; its route keeps its own schema.
std::span<const Field> ProfileFields();
std::span<const Field> ConvertFields();
std::span<const Field> TransferFields();
std::span<const Field> BasisFields();
std::span<const Field> PaymentFields();

Result<ProfileForm> ParseProfile(std::string_view body);
Result<ConvertForm> ParseConvert(std::string_view body);
Result<TransferForm> ParseTransfer(std::string_view body);
Result<ReasonForm> ParseReason(std::string_view body);
// An empty body or an empty object.
Status ParseEmpty(std::string_view body);
Result<BasisForm> ParseBasis(std::string_view body);
Result<PaymentForm> ParsePayment(std::string_view body);

}  // namespace linli::members
