#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use Net::FTP;
use Net::LDAP;

my $dbh = DBI->connect("DBI:Pg:dbname=erp;host=pg-erp.corp.example", "export", "Jade132", { RaiseError => 1 });
my $ftp = Net::FTP->new("ftp.partner.example") or die "Cannot connect: $@";
$ftp->login("fabrikam", 'Garnet*Pepper85') or die "Cannot login ", $ftp->message;
my $ldap = Net::LDAP->new("ldaps://dc1.corp.example");
$ldap->bind("CN=svc_export,OU=Service,DC=corp,DC=example", password => 'GAP84zX0StbVKkv6');
my $prompt = <STDIN>;
