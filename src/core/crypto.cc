#include "core/crypto.h"

#include <sodium.h>

namespace linli {
namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'l', 'i', 'n', 'l', 'i', 'p', 'i', 'i'};
constexpr uint64_t kSealSubkey = 1;
constexpr uint64_t kLookupSubkey = 2;

std::string ToHex(const unsigned char* data, size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, n);
  out.pop_back();
  return out;
}
}  // namespace

Status Crypto::Init() {
  if (sodium_init() < 0) return Error::Internal("libsodium failed to initialise");
  return Status::Ok();
}

Crypto::Key Crypto::NewKey() {
  Key k;
  crypto_kdf_keygen(k.data());
  return k;
}

std::string Crypto::KeyToHex(const Key& key) { return ToHex(key.data(), key.size()); }

std::optional<Crypto::Key> Crypto::KeyFromHex(std::string_view hex) {
  if (hex.size() != kKeyBytes * 2) return std::nullopt;
  Key k;
  size_t len = 0;
  if (sodium_hex2bin(k.data(), k.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
      len != kKeyBytes) {
    return std::nullopt;
  }
  return k;
}

Crypto::Crypto(const Key& master) {
  crypto_kdf_derive_from_key(seal_key_.data(), seal_key_.size(), kSealSubkey, kKdfContext,
                             master.data());
  crypto_kdf_derive_from_key(lookup_key_.data(), lookup_key_.size(), kLookupSubkey, kKdfContext,
                             master.data());
}

std::string Crypto::Seal(std::string_view plain) const {
  std::string out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), nonce,
                        seal_key_.data());
  return out;
}

std::optional<std::string> Crypto::Open(std::string_view sealed) const {
  if (sealed.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  const size_t clen = sealed.size() - crypto_secretbox_NONCEBYTES;
  std::string out(clen - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(out.data()),
                                 nonce + crypto_secretbox_NONCEBYTES, clen, nonce,
                                 seal_key_.data()) != 0) {
    return std::nullopt;
  }
  return out;
}

std::string Crypto::LookupHash(std::string_view value) const {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(value.data()),
                     value.size(), lookup_key_.data(), lookup_key_.size());
  return ToHex(h, sizeof h);
}

std::string Crypto::HashPassword(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return {};
  }
  return out;
}

bool Crypto::VerifyPassword(std::string_view hash, std::string_view password) {
  const std::string h(hash);
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

std::string Crypto::Digest(std::string_view data) {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                     nullptr, 0);
  return ToHex(h, sizeof h);
}

std::string Crypto::RandomToken(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

}  // namespace linli
