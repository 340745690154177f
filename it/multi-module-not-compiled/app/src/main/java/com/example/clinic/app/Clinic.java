package com.example.clinic.app;

import com.example.clinic.Pet;

public class Clinic {

    public Pet adopt() {
        return new Pet();
    }
}
