package com.example.vet;

import java.util.List;

public interface OwnerSearch {

    List<Owner> byFirstName(String name);
}
