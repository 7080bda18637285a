<?php
class KB_Api {
    const ENDPOINT = 'https://api.lieferdienst.example/v1/';
    private $user = 'kleinbaeckerei';
    private $pass = 'Kestrel*Pixel61';

    public function post( $path, $body ) {
        return wp_remote_post( self::ENDPOINT . $path, array(
            'headers' => array(
                'Authorization' => 'Basic ' . base64_encode( $this->user . ':' . $this->pass ),
            ),
            'body' => wp_json_encode( $body ),
        ) );
    }

    public function ldap_check( $u, $p ) {
        $c = ldap_connect( 'ldaps://dc1.kleinbaeckerei.local' );
        return ldap_bind( $c, 'CN=wp-bind,OU=Service,DC=kleinbaeckerei,DC=local', 'Crystal3989' );
    }

    public function settings_password() {
        return get_option( 'kb_api_password' );
    }
}
