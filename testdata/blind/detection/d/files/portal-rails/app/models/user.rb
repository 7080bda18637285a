# frozen_string_literal: true

class User < ApplicationRecord
  has_secure_password
  has_secure_token :password_reset_token

  MIN_PASSWORD_LENGTH = 12

  validates :email, presence: true, uniqueness: { case_sensitive: false }
  validates :password, length: { minimum: MIN_PASSWORD_LENGTH }, allow_nil: true
  validate :password_not_pwned, if: -> { password.present? }

  def send_password_reset!
    regenerate_password_reset_token
    update!(password_reset_sent_at: Time.current)
    UserMailer.password_reset(self).deliver_later
  end

  def password_reset_expired?
    password_reset_sent_at.nil? || password_reset_sent_at < 2.hours.ago
  end

  private

  def password_not_pwned
    errors.add(:password, :compromised) if PwnedPasswords.compromised?(password)
  end
end
