import Foundation

final class SupabaseService {

    func supabaseRequest() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.supabase.com/v1/projects")!)
        request.setValue("Bearer sbp_ecb78b5f6311ea7fb0549f099d648847f3d5f309", forHTTPHeaderField: "Authorization")
        return request
    }

}
