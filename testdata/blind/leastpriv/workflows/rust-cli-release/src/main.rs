fn main() {
    println!("tidyfmt {}", env!("CARGO_PKG_VERSION"));
}
