package Kovlab::DB;
use strict;
use warnings;
use DBI;
use Net::FTP;

my $DSN  = 'dbi:mysql:database=erp;host=10.0.5.40;port=3306';
my $USER = 'erp_batch';
my $PASS = 'Autumn2021*';

sub connect {
    return DBI->connect($DSN, $USER, $PASS, { RaiseError => 1, AutoCommit => 1 });
}

sub upload_invoice {
    my ($file) = @_;
    my $ftp = Net::FTP->new('ftp.partner-logistics.example', Passive => 1) or die "ftp: $@";
    $ftp->login('kovlab', 'Ironwood!Raven90') or die 'login failed: ' . $ftp->message;
    $ftp->put($file);
    $ftp->quit;
}

sub connect_env {
    return DBI->connect($DSN, $USER, $ENV{ERP_DB_PASSWORD});
}

1;
