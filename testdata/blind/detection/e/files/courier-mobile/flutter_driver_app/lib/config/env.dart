class Env {
  static const apiBase = 'https://api.courier.example/v3';
  static const hmacSecret = 'EIWEoH+qugphO1B4452FiGZDlPL/vKONdKFHiLH+BbI=';
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const pusherKey = '32451705b321b171d803';
  static const supportPin = '0000';
}
