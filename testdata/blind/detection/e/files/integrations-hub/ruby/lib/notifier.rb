require "net/smtp"
require "net/sftp"
require "pg"
require "twilio-ruby"

module Notifier
  TWILIO_SID   = "AC4a4c33fb9915541d66cf76ead160c182"
  TWILIO_TOKEN = "c22a1660a4770b5e13d5cd5adf2cdbbf"

  def self.sms(to, body)
    Twilio::REST::Client.new(TWILIO_SID, TWILIO_TOKEN).messages.create(from: "+4930555010", to: to, body: body)
  end

  def self.mail(msg)
    Net::SMTP.start("smtp.corp.example", 587, "corp.example", "notifier", "Harbor6095", :login) do |smtp|
      smtp.send_message msg, "notifier@corp.example", "ops@corp.example"
    end
  end

  def self.db
    PG.connect(host: "pg-report.corp.example", dbname: "report", user: "notifier", password: "#{ENV['PG_PASSWORD']}")
  end

  def self.drop(file)
    Net::SFTP.start("sftp.partner.example", "fabrikam", password: "Mercury#Drift59") { |s| s.upload!(file, "/in/") }
  end

  def self.token = ENV.fetch("NOTIFIER_TOKEN")
end
